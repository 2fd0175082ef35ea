//! The hash chain: `hash = SHA-256(prev_hash ‖ canonical event bytes)`.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use crate::db::rows::EventRow;
use crate::db::schema::events;
use crate::db::AnyConnection;
use crate::error::Error;

/// The predecessor of the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Formats event times the one way they are hashed: RFC 3339, microseconds, `Z`.
pub fn format_time(at: NaiveDateTime) -> String {
    at.and_utc().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// The bytes an event is hashed over: a JSON array of its fields, which is
/// unambiguous whatever the fields contain.
pub fn canonical_bytes(
    seq: i64,
    at: NaiveDateTime,
    actor: &str,
    action: &str,
    entity_type: &str,
    entity_id: &str,
    data: &str,
) -> Vec<u8> {
    let fields = (
        seq,
        format_time(at),
        actor,
        action,
        entity_type,
        entity_id,
        data,
    );
    // Sized up front: the payload is most of it, and growing the buffer while
    // escaping it showed in bulk loads. Serializing a tuple of strings and an
    // integer cannot fail.
    let mut out = Vec::with_capacity(data.len() + data.len() / 8 + 160);
    match serde_json::to_writer(&mut out, &fields) {
        Ok(()) => out,
        Err(_) => Vec::new(),
    }
}

pub fn hash(prev_hash: &str, canonical: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    hasher.update(canonical);
    hex::encode(hasher.finalize())
}

/// Recomputes the hash an event row should carry.
pub fn expected_hash(row: &EventRow) -> String {
    hash(
        &row.prev_hash,
        &canonical_bytes(
            row.seq,
            row.at,
            &row.actor,
            &row.action,
            &row.entity_type,
            &row.entity_id,
            &row.data,
        ),
    )
}

/// Result of recomputing the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Verification {
    /// True when every event is present, in order, and unaltered.
    pub ok: bool,
    /// How many events were checked.
    pub events_checked: i64,
    /// The seq of the last event, 0 for an empty log.
    pub head_seq: i64,
    /// The hash of the last event.
    pub head_hash: String,
    /// The first seq that was altered, removed or reordered, when not ok.
    pub first_bad_seq: Option<i64>,
    /// What is wrong at `first_bad_seq`: `missing`, `altered` or `broken_link`.
    pub problem: Option<String>,
}

const PAGE: i64 = 5_000;

/// Walks the whole log in seq order, in pages so memory stays flat.
pub fn verify(conn: &mut AnyConnection) -> Result<Verification, Error> {
    let mut expected_seq = 1_i64;
    let mut prev_hash = GENESIS_HASH.to_string();
    let mut checked = 0_i64;
    loop {
        let page: Vec<EventRow> = events::table
            .filter(events::seq.ge(expected_seq))
            .order(events::seq.asc())
            .limit(PAGE)
            .select(EventRow::as_select())
            .load(conn)?;
        if page.is_empty() {
            break;
        }
        for row in &page {
            let problem = if row.seq != expected_seq {
                Some("missing")
            } else if row.prev_hash != prev_hash {
                Some("broken_link")
            } else if expected_hash(row) != row.hash {
                Some("altered")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Ok(Verification {
                    ok: false,
                    events_checked: checked,
                    head_seq: expected_seq - 1,
                    head_hash: prev_hash,
                    first_bad_seq: Some(expected_seq),
                    problem: Some(problem.into()),
                });
            }
            checked += 1;
            expected_seq += 1;
            prev_hash.clone_from(&row.hash);
        }
    }
    Ok(Verification {
        ok: true,
        events_checked: checked,
        head_seq: expected_seq - 1,
        head_hash: prev_hash,
        first_bad_seq: None,
        problem: None,
    })
}
