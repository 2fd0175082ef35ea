//! Appending to the log. Only called inside `db::write_transaction`, which holds
//! the log's lock, so reading the head and inserting the next event cannot race.

use chrono::{NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::chain::{self, GENESIS_HASH};
use crate::db::rows::EventRow;
use crate::db::schema::events;
use crate::db::AnyConnection;
use crate::domain::role::Actor;
use crate::error::Error;

/// What a use case records: the action and its public payload. Confidential data
/// never goes in `data`.
pub struct NewEvent<'a, T: Serialize> {
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: &'a str,
    pub data: &'a T,
}

/// The latest event: seq and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Head {
    /// Seq of the latest event; 0 when the log is empty.
    pub seq: i64,
    /// Its hash (hex SHA-256); 64 zeros when the log is empty.
    pub hash: String,
    /// When it was written, RFC 3339 UTC; absent for an empty log.
    pub at: Option<String>,
}

pub fn head(conn: &mut AnyConnection) -> Result<Head, Error> {
    let last: Option<(i64, String, NaiveDateTime)> = events::table
        .order(events::seq.desc())
        .select((events::seq, events::hash, events::at))
        .first(conn)
        .optional()?;
    Ok(match last {
        Some((seq, hash, at)) => Head {
            seq,
            hash,
            at: Some(chain::format_time(at)),
        },
        None => Head {
            seq: 0,
            hash: GENESIS_HASH.into(),
            at: None,
        },
    })
}

/// The current time as events store it (microsecond precision on both backends).
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(6)
}

/// Appends one event after the current head and returns its seq.
pub fn append<T: Serialize>(
    conn: &mut AnyConnection,
    actor: &Actor,
    event: NewEvent<'_, T>,
) -> Result<i64, Error> {
    let previous = head(conn)?;
    let seq = previous.seq + 1;
    let at = now();
    let actor = actor.label();
    let data = serde_json::to_string(event.data)?;
    let canonical = chain::canonical_bytes(
        seq,
        at,
        &actor,
        event.action,
        event.entity_type,
        event.entity_id,
        &data,
    );
    let hash = chain::hash(&previous.hash, &canonical);
    let row = EventRow {
        seq,
        at,
        actor,
        action: event.action.into(),
        entity_type: event.entity_type.into(),
        entity_id: event.entity_id.into(),
        data,
        prev_hash: previous.hash,
        hash,
    };
    diesel::insert_into(events::table)
        .values(&row)
        .execute(conn)?;
    Ok(seq)
}
