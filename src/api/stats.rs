//! `/api/v1/stats`: complaints and findings counted by category, sex, nationality,
//! sector, country and year, with small cells suppressed. Public.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::ToSchema;

use super::auth::Caller;
use super::caching;
use super::extract::{Json, Query};
use super::problem::Problem;
use super::ratelimit::{Group, PeerAddress};
use crate::app::AppState;
use crate::domain::statistics::{parse_group_by, Subject};
use crate::error::Error;
use crate::registry::stats::{self, StatsTable};

/// The parameters of both statistics operations.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsQuery {
    #[serde(default)]
    pub group_by: String,
    #[serde(default)]
    pub format: StatsFormat,
}

/// How a statistics table is answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum StatsFormat {
    /// A `StatsTable` document.
    #[default]
    Json,
    /// The same cells as CSV, one row per cell.
    Csv,
}

const CSV_COMPLAINTS: &str = "category,sex,count,suppressed,reason\n\
recruitment_fee,female,23,false,\n\
recruitment_fee,male,9,false,\n\
threats,female,,true,secondary\n\
threats,male,,true,primary\n";

const CSV_FINDINGS: &str = "fee_category,count,suppressed,reason,charged_minor_NPR,refund_ordered_minor_NPR,refunded_minor_NPR\n\
recruitment_fee,7,false,,2520000000,2520000000,120000000\n\
medical,,true,primary,,,\n\
travel_lodging,,true,secondary,,,\n";

/// Complaint statistics
///
/// Complaints counted by any combination of `category`, `sex`, `nationality`,
/// `sector`, `destination_country` (the incident countries) and `year` (filed), in
/// every status. A complaint naming several categories is counted once under each of
/// them, and likewise for several incident countries, so the cells of a table
/// grouped by category add up to more than `total`, which counts each complaint
/// once. Complainant facts not given are counted under `unknown`.
///
/// Privacy: a cell with fewer complaints than `min_cell` (5 unless the operator
/// set more) is suppressed (`"count": null, "suppressed": true, "reason": "primary"`),
/// and in any row or column (cells sharing all values but one) that would have
/// exactly one suppressed cell, the next smallest cell is suppressed too
/// (`"reason": "secondary"`), so no suppressed count can be worked out by
/// subtracting from a total published in a table grouped by fewer dimensions.
/// Nothing here identifies a person: no names, contacts, narratives, receipts or ids.
/// The algorithm is described in docs/statistics.md.
#[utoipa::path(get, path = "/api/v1/stats/complaints", tag = "stats",
    operation_id = "get_complaint_statistics",
    params(
        ("group_by" = Option<String>, Query, description = "Comma-separated dimensions, in the order the cells' `group` should list them: any of `category`, `sex`, `nationality`, `sector`, `destination_country`, `year`. Empty or absent: one cell with the total.", example = "category,sex"),
        ("format" = Option<StatsFormat>, Query, description = "`json` (default) or `csv`: one row per cell, a column per dimension, then `count`, `suppressed`, `reason`; a suppressed cell's count is blank."),
    ),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The table, with small cells suppressed",
            content(
                (StatsTable = "application/json"),
                (String = "text/csv", example = json!(CSV_COMPLAINTS)),
            )),
        (status = 400, description = "A parameter could not be read (an unknown parameter, or a format other than json or csv)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is unknown or revoked (no token is needed)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`group_by` names an unknown dimension, or one twice; the message lists the valid ones", body = Problem, content_type = "application/problem+json",
            example = json!({"type": "urn:fairrecruit:problem:validation", "title": "Invalid request", "status": 422,
                "detail": "invalid request: group_by name 2 is not a dimension of complaints statistics; use any of: category, sex, nationality, sector, destination_country, year",
                "errors": [{"field": "group_by", "message": "name 2 is not a dimension of complaints statistics; use any of: category, sex, nationality, sector, destination_country, year"}]})),
        (status = 429, description = "Over the rate limit for this token or client address; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn complaints(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PeerAddress(peer): PeerAddress,
    Query(query): Query<StatsQuery>,
) -> Result<Response, Error> {
    state.limits.admit(Group::Stats, &actor, peer)?;
    answer(&state, Subject::Complaints, query).await
}

/// Finding statistics
///
/// Findings that stand (published, appealed or upheld; never drafts, and not
/// overturned ones) counted by any combination of `category` (each violation
/// category the finding records, the same values as complaint categories),
/// `fee_category` (each ILO fee category of its fee violations), `sex`,
/// `nationality` and `sector` (of the complainants of the complaints it answers),
/// `destination_country` (those complaints' incident countries), `jurisdiction`
/// (the country whose authority decided) and `year` (published). A finding counts
/// once under each value it has; `none` when it records no violation or fee of that
/// kind, `unknown` when it answers no complaint that says.
///
/// Each shown cell carries `fee_totals`: the fees charged to workers, refunds
/// ordered and refunds paid, per currency, in minor units (currencies are never
/// converted). Grouped by `fee_category`, a cell sums only the fees of its category;
/// otherwise all fees of its findings.
///
/// Cells are suppressed exactly as for complaints (see that operation and
/// docs/statistics.md); a suppressed cell shows neither its count nor its fees.
#[utoipa::path(get, path = "/api/v1/stats/findings", tag = "stats",
    operation_id = "get_finding_statistics",
    params(
        ("group_by" = Option<String>, Query, description = "Comma-separated dimensions, in the order the cells' `group` should list them: any of `category`, `fee_category`, `sex`, `nationality`, `sector`, `destination_country`, `jurisdiction`, `year`. Empty or absent: one cell with the total.", example = "fee_category"),
        ("format" = Option<StatsFormat>, Query, description = "`json` (default) or `csv`: one row per cell, a column per dimension, `count`, `suppressed`, `reason`, then `charged_minor_<CUR>`, `refund_ordered_minor_<CUR>`, `refunded_minor_<CUR>` for each currency shown; a suppressed cell's numbers are blank."),
    ),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The table, with small cells suppressed",
            content(
                (StatsTable = "application/json"),
                (String = "text/csv", example = json!(CSV_FINDINGS)),
            )),
        (status = 400, description = "A parameter could not be read (an unknown parameter, or a format other than json or csv)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is unknown or revoked (no token is needed)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`group_by` names an unknown dimension, or one twice; the message lists the valid ones", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the rate limit for this token or client address; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn findings(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PeerAddress(peer): PeerAddress,
    Query(query): Query<StatsQuery>,
) -> Result<Response, Error> {
    state.limits.admit(Group::Stats, &actor, peer)?;
    answer(&state, Subject::Findings, query).await
}

async fn answer(state: &AppState, subject: Subject, query: StatsQuery) -> Result<Response, Error> {
    let group_by = parse_group_by(subject, &query.group_by)?;
    let min_cell = state.stats_min_cell;
    let table = state
        .db
        .run(move |conn| stats::statistics(conn, subject, &group_by, min_cell))
        .await?;
    match query.format {
        StatsFormat::Json => Ok(caching::public(Json(table))),
        StatsFormat::Csv => {
            let csv = table.to_csv()?;
            let mut response = caching::public(csv.into_response());
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            let name = format!("attachment; filename=\"{}.csv\"", file_name(&table));
            if let Ok(value) = HeaderValue::from_str(&name) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            Ok(response)
        }
    }
}

/// `complaints-by-category-sex`, `findings-total`.
fn file_name(table: &StatsTable) -> String {
    if table.group_by.is_empty() {
        return format!("{}-total", table.subject.as_str());
    }
    let by: Vec<&str> = table.group_by.iter().map(|d| d.as_str()).collect();
    format!("{}-by-{}", table.subject.as_str(), by.join("-"))
}
