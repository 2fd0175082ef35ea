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
    pub action: &'static str,
    pub entity_type: &'static str,
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

/// An event whose payload is already serialized, for appending many at once.
pub struct PendingEvent {
    pub action: &'static str,
    pub entity_type: &'static str,
    pub entity_id: String,
    pub data: String,
}

impl PendingEvent {
    pub fn new<T: Serialize>(
        action: &'static str,
        entity_type: &'static str,
        entity_id: impl Into<String>,
        data: &T,
    ) -> Result<PendingEvent, Error> {
        Ok(PendingEvent {
            action,
            entity_type,
            entity_id: entity_id.into(),
            data: serde_json::to_string(data)?,
        })
    }
}

/// The row that follows `previous` in the chain.
fn chained_row(previous: &Head, at: NaiveDateTime, actor: &str, event: PendingEvent) -> EventRow {
    let seq = previous.seq + 1;
    let canonical = chain::canonical_bytes(
        seq,
        at,
        actor,
        event.action,
        event.entity_type,
        &event.entity_id,
        &event.data,
    );
    EventRow {
        seq,
        at,
        actor: actor.into(),
        action: event.action.into(),
        entity_type: event.entity_type.into(),
        hash: chain::hash(&previous.hash, &canonical),
        entity_id: event.entity_id,
        data: event.data,
        prev_hash: previous.hash.clone(),
    }
}

/// Appends one event after the current head and returns its seq.
pub fn append<T: Serialize>(
    conn: &mut AnyConnection,
    actor: &Actor,
    event: NewEvent<'_, T>,
) -> Result<i64, Error> {
    let pending = PendingEvent::new(event.action, event.entity_type, event.entity_id, event.data)?;
    append_many(conn, actor, vec![pending])
}

/// Appends events in order after the current head, many rows per statement, and
/// returns the last seq.
pub fn append_many(
    conn: &mut AnyConnection,
    actor: &Actor,
    pending: Vec<PendingEvent>,
) -> Result<i64, Error> {
    let mut previous = head(conn)?;
    let at = now();
    let actor = actor.label();
    let mut rows = Vec::with_capacity(pending.len());
    for event in pending {
        let row = chained_row(&previous, at, &actor, event);
        previous = Head {
            seq: row.seq,
            hash: row.hash.clone(),
            at: None,
        };
        rows.push(row);
    }
    crate::insert_rows!(conn, events::table, &rows);
    Ok(previous.seq)
}
