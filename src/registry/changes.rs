//! The change feed: the public projection of the event log, in seq order.
//!
//! Seq order is commit order (every write holds the log's lock until it commits), so
//! a reader that has seen seq N can never later find a new event below N: reading
//! `seq > after` page by page has no gaps and no duplicates.

use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::access;
use crate::db::rows::EventRow;
use crate::db::schema::events;
use crate::db::AnyConnection;
use crate::domain::role::{Actor, Role};
use crate::error::Error;
use crate::events::chain;

/// Actions that are not part of the public registry: tokens, key rotations,
/// findings still in draft, and consulates' webhooks.
const PRIVATE_ACTIONS: [&str; 8] = [
    "token.created",
    "token.revoked",
    "data_key.rotated",
    "finding.created",
    "webhook.registered",
    "webhook.enabled",
    "webhook.disabled",
    "webhook.removed",
];

/// Query of `GET /api/v1/changes`.
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ChangeQuery {
    /// Return changes with a seq greater than this (0 or absent: from the start).
    pub after: Option<i64>,
    /// Page size, 1 to 1,000 (default 100).
    pub limit: Option<i64>,
    /// Wait up to this many seconds (at most 30) for a change when there is none yet.
    pub wait: Option<u64>,
}

/// One change.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Change {
    /// Position in the log; strictly increasing.
    pub seq: i64,
    /// RFC 3339 UTC.
    pub at: String,
    /// What happened, e.g. `organization.created`, `licence.status_changed`,
    /// `finding.published`, `refund.recorded`, `complaint.filed` (ids and status only).
    pub action: String,
    /// `organization`, `licence`, `finding` or `complaint`.
    pub entity: String,
    pub entity_id: String,
    /// The public payload of the event.
    #[schema(value_type = Object)]
    pub data: serde_json::Value,
}

/// A page of changes.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"items": [
    {"seq": 1561, "at": "2026-11-29T07:10:02.482454Z", "action": "organization.created", "entity": "organization",
     "entity_id": "01a2262b-d1bb-767f-8eff-7a13b8243752",
     "data": {"id": "01a2262b-d1bb-767f-8eff-7a13b8243752", "kind": "agency", "name": "Himalaya Dream Manpower",
              "country": "NP", "registration_number": null, "website": null, "addresses": [], "aliases": [], "people": []}},
    {"seq": 1563, "at": "2026-11-29T07:10:02.611003Z", "action": "complaint.filed", "entity": "complaint",
     "entity_id": "01a2262b-d1bb-767f-8eff-7a13b82437aa",
     "data": {"complaint_id": "01a2262b-d1bb-767f-8eff-7a13b82437aa",
              "organization_ids": ["01a2262b-d1bb-767f-8eff-7a13b8243752"], "from_status": null, "status": "received"}}],
    "next_cursor": 1563}))]
pub struct ChangePage {
    pub items: Vec<Change>,
    /// Pass as `after` for the next page: the seq of the last event read, also when
    /// the page holds only private events that were left out. Never null, so a client
    /// can poll with it.
    pub next_cursor: i64,
}

pub const MAX_WAIT_SECONDS: u64 = 30;
const DEFAULT_LIMIT: i64 = 100;
const MAX_LIMIT: i64 = 1_000;

/// Checks the caller and the query before any waiting.
pub fn check_query(actor: &Actor, query: &ChangeQuery) -> Result<(i64, i64), Error> {
    match actor.role {
        None => {
            return Err(Error::Unauthorized(
                "the change feed needs a consulate or admin token",
            ))
        }
        Some(Role::Consulate | Role::Admin) => {}
        Some(_) => access::require_admin(actor)?,
    }
    let after = query.after.unwrap_or(0);
    if after < 0 {
        return Err(Error::invalid("after", "must not be negative"));
    }
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Error::invalid(
            "limit",
            format!("must be between 1 and {MAX_LIMIT}"),
        ));
    }
    if query.wait.is_some_and(|w| w > MAX_WAIT_SECONDS) {
        return Err(Error::invalid(
            "wait",
            format!("must be at most {MAX_WAIT_SECONDS} seconds"),
        ));
    }
    Ok((after, limit))
}

/// Reads up to `limit` events after `after`, keeping the public ones.
pub fn read_changes(conn: &mut AnyConnection, after: i64, limit: i64) -> Result<ChangePage, Error> {
    let rows: Vec<EventRow> = events::table
        .filter(events::seq.gt(after))
        .order(events::seq.asc())
        .limit(limit)
        .select(EventRow::as_select())
        .load(conn)?;
    let next_cursor = rows.last().map_or(after, |r| r.seq);
    let items = rows
        .into_iter()
        .filter(|r| !PRIVATE_ACTIONS.contains(&r.action.as_str()))
        .map(|r| {
            Ok(Change {
                seq: r.seq,
                at: chain::format_time(r.at),
                action: r.action,
                entity: r.entity_type,
                entity_id: r.entity_id,
                data: serde_json::from_str(&r.data)?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(ChangePage { items, next_cursor })
}
