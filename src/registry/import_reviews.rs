//! The review list of register imports: entries an import could not place with
//! confidence, held until an admin merges them into the candidate or records them
//! as a separate organization.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::access;
use super::imports::{self, SourceRef};
use crate::crypto::Sealer;
use crate::db::rows::ImportReviewRow;
use crate::db::schema::import_reviews;
use crate::db::{write_transaction, AnyConnection};
use crate::domain::role::Actor;
use crate::error::Error;
use crate::events::chain::format_time;
use crate::events::{self, NewEvent};

/// An entry held for review.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Review {
    pub id: Uuid,
    pub authority: String,
    pub register_name: String,
    /// The name the register gives, and its other names.
    pub name: String,
    pub aliases: Vec<String>,
    /// Rows of the source file (header = row 1).
    pub rows: Vec<u64>,
    /// The organization it may be.
    pub candidate_id: Uuid,
    /// The rule that found the candidate: `same_name` (several organizations share
    /// the name) or `similar_name`.
    pub rule: String,
    pub score: f64,
    pub explanation: String,
    pub source: SourceRef,
    /// `open`, `merged` or `separate`.
    pub status: String,
    pub created_at: String,
    pub decided_at: Option<String>,
}

/// Query of `GET /api/v1/imports/reviews`.
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReviewQuery {
    /// Only this authority's reviews (ISO 3166-1 alpha-2).
    pub authority: Option<String>,
    /// `open` (default), `merged`, `separate` or `all`.
    pub status: Option<String>,
    /// 1 to 500, default 100.
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// A page of the review list, oldest first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReviewPage {
    pub items: Vec<Review>,
    /// Pass as `cursor` for the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// Body of `POST /api/v1/imports/reviews/{id}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReviewChoice {
    /// The entry is the candidate: it gets the register's listing.
    Merge,
    /// The entry is another organization: it is created with its listing.
    Separate,
}

/// Body of `POST /api/v1/imports/reviews/{id}`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecideReview {
    pub decision: ReviewChoice,
}

/// What deciding a review did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReviewDecided {
    pub review: Review,
    /// The organization that now holds the listing.
    pub organization_id: Uuid,
}

fn to_review(row: ImportReviewRow) -> Result<Review, Error> {
    let held: imports::HeldEntry = serde_json::from_str(&row.entry)?;
    let parse = |s: &str| Uuid::parse_str(s).map_err(|e| Error::Internal(e.to_string()));
    Ok(Review {
        id: parse(&row.id)?,
        authority: row.authority,
        register_name: held.register_name,
        name: held.entry.name.clone(),
        aliases: held.entry.aliases.clone(),
        rows: held.entry.rows(),
        candidate_id: parse(&row.candidate_id)?,
        rule: row.rule,
        score: row.score,
        explanation: row.explanation,
        source: held.source,
        status: row.status,
        created_at: format_time(row.created_at),
        decided_at: row.decided_at.map(format_time),
    })
}

/// The review list, oldest first.
pub fn list_reviews(
    conn: &mut AnyConnection,
    actor: &Actor,
    query: &ReviewQuery,
) -> Result<ReviewPage, Error> {
    access::require_admin(actor)?;
    let status = query.status.as_deref().unwrap_or("open");
    if !matches!(status, "open" | "merged" | "separate" | "all") {
        return Err(Error::invalid(
            "status",
            "must be open, merged, separate or all",
        ));
    }
    let limit = query.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(Error::invalid("limit", "must be between 1 and 500"));
    }
    let mut q = import_reviews::table.into_boxed();
    if let Some(cursor) = &query.cursor {
        let after = Uuid::parse_str(cursor)
            .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave"))?;
        q = q.filter(import_reviews::id.gt(after.to_string()));
    }
    if status != "all" {
        q = q.filter(import_reviews::status.eq(status));
    }
    if let Some(authority) = &query.authority {
        q = q.filter(import_reviews::authority.eq(authority.trim().to_ascii_uppercase()));
    }
    let mut rows: Vec<ImportReviewRow> = q
        .order(import_reviews::id.asc())
        .limit(limit + 1)
        .select(ImportReviewRow::as_select())
        .load(conn)?;
    let next_cursor = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|r| r.id.clone())
    } else {
        None
    };
    Ok(ReviewPage {
        items: rows.into_iter().map(to_review).collect::<Result<_, _>>()?,
        next_cursor,
    })
}

/// Decides an open review: merge into the candidate, or record a separate
/// organization. Either way the listing is written with the held entry's source.
pub fn decide_review(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    id: Uuid,
    choice: ReviewChoice,
) -> Result<ReviewDecided, Error> {
    access::require_admin(actor)?;
    write_transaction(conn, |conn| {
        let row: ImportReviewRow = import_reviews::table
            .find(id.to_string())
            .select(ImportReviewRow::as_select())
            .first(conn)
            .optional()?
            .ok_or(Error::NotFound("review"))?;
        if row.status != "open" {
            return Err(Error::Conflict(format!(
                "this review was already decided: {}",
                row.status
            )));
        }
        let held: imports::HeldEntry = serde_json::from_str(&row.entry)?;
        let organization_id = imports::place_held(conn, actor, sealer, &row, &held, choice)?;
        let now: NaiveDateTime = events::log::now();
        let status = match choice {
            ReviewChoice::Merge => "merged",
            ReviewChoice::Separate => "separate",
        };
        diesel::update(import_reviews::table.find(&row.id))
            .set((
                import_reviews::status.eq(status),
                import_reviews::decided_at.eq(Some(now)),
            ))
            .execute(conn)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "import.review_decided",
                entity_type: "import_review",
                entity_id: &row.id,
                data: &serde_json::json!({
                    "decision": status,
                    "organization_id": organization_id,
                    "candidate_id": row.candidate_id,
                }),
            },
        )?;
        let mut decided = row;
        decided.status = status.into();
        decided.decided_at = Some(now);
        Ok(ReviewDecided {
            review: to_review(decided)?,
            organization_id: Uuid::parse_str(&organization_id)
                .map_err(|e| Error::Internal(e.to_string()))?,
        })
    })
}
