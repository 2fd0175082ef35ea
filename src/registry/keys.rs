//! Data key rotation: every sealed value is opened with the old key and sealed with
//! the new one, and receipt and identifier digests are recomputed, in one transaction.

use diesel::prelude::*;
use serde::Serialize;

use super::access;
use crate::crypto::Sealer;
use crate::db::schema::{complaint_status_changes, complaints, people};
use crate::db::{write_transaction, AnyConnection};
use crate::domain::identity::Identity;
use crate::domain::role::Actor;
use crate::error::Error;
use crate::events::{self, NewEvent};

/// What a rotation re-sealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rotation {
    pub complaints: usize,
    pub notes: usize,
    pub webhooks: usize,
    /// People with a date of birth or identity number.
    pub people: usize,
}

/// Rows handled per query, so memory stays flat on a large registry.
const PAGE: i64 = 1_000;

type SealedComplaint = (String, String, Option<String>, Option<String>);

/// Re-seals every confidential value under `new`. Either all of it moves to the new
/// key or nothing changes.
pub fn rotate_data_key(
    conn: &mut AnyConnection,
    actor: &Actor,
    old: &Sealer,
    new: &Sealer,
    old_fingerprint: &str,
    new_fingerprint: &str,
) -> Result<Rotation, Error> {
    access::require_admin(actor)?;
    let reseal = |context: &str, sealed: &str| -> Result<String, Error> {
        let plain = old.open(context, sealed).map_err(|_| {
            Error::Config(format!(
                "a sealed value ({context}) does not open with the current key: nothing was changed"
            ))
        })?;
        Ok(new.seal(context, &plain))
    };
    write_transaction(conn, |conn| {
        let mut rotation = Rotation {
            complaints: 0,
            notes: 0,
            webhooks: 0,
            people: 0,
        };
        let mut after = String::new();
        loop {
            let page: Vec<SealedComplaint> = complaints::table
                .filter(complaints::id.gt(&after))
                .order(complaints::id.asc())
                .limit(PAGE)
                .select((
                    complaints::id,
                    complaints::receipt_sealed,
                    complaints::narrative_sealed,
                    complaints::complainant_sealed,
                ))
                .load(conn)?;
            let Some(last) = page.last() else { break };
            after = last.0.clone();
            for (id, receipt, narrative, complainant) in page {
                let receipt_context = format!("complaint:{id}:receipt");
                let receipt_plain = old.open(&receipt_context, &receipt).map_err(|_| {
                    Error::Config(
                        "a receipt does not open with the current key: nothing was changed".into(),
                    )
                })?;
                let narrative = narrative
                    .map(|n| reseal(&format!("complaint:{id}:narrative"), &n))
                    .transpose()?;
                let complainant = complainant
                    .map(|c| reseal(&format!("complaint:{id}:complainant"), &c))
                    .transpose()?;
                diesel::update(complaints::table.filter(complaints::id.eq(&id)))
                    .set((
                        complaints::receipt_digest.eq(new.keyed_digest("receipt", &receipt_plain)),
                        complaints::receipt_sealed.eq(new.seal(&receipt_context, &receipt_plain)),
                        complaints::narrative_sealed.eq(narrative),
                        complaints::complainant_sealed.eq(complainant),
                    ))
                    .execute(conn)?;
                rotation.complaints += 1;
            }
        }
        let mut after = String::new();
        loop {
            let page: Vec<(String, String, String)> = complaint_status_changes::table
                .filter(complaint_status_changes::id.gt(&after))
                .filter(complaint_status_changes::note_sealed.is_not_null())
                .order(complaint_status_changes::id.asc())
                .limit(PAGE)
                .select((
                    complaint_status_changes::id,
                    complaint_status_changes::complaint_id,
                    complaint_status_changes::note_sealed.assume_not_null(),
                ))
                .load(conn)?;
            let Some(last) = page.last() else { break };
            after = last.0.clone();
            for (id, complaint_id, note) in page {
                let note = reseal(&format!("complaint:{complaint_id}:note:{id}"), &note)?;
                diesel::update(
                    complaint_status_changes::table.filter(complaint_status_changes::id.eq(&id)),
                )
                .set(complaint_status_changes::note_sealed.eq(note))
                .execute(conn)?;
                rotation.notes += 1;
            }
        }
        rotation.webhooks = super::webhooks::reseal_secrets(conn, old, new)?;
        rotation.people = reseal_identities(conn, old, new)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "data_key.rotated",
                entity_type: "data_key",
                entity_id: new_fingerprint,
                data: &serde_json::json!({
                    "from_fingerprint": old_fingerprint,
                    "to_fingerprint": new_fingerprint,
                    "complaints": rotation.complaints,
                    "notes": rotation.notes,
                    "webhooks": rotation.webhooks,
                    "people": rotation.people,
                }),
            },
        )?;
        Ok(rotation)
    })
}

/// Re-seals people's identifiers and recomputes their digests, which are keyed too.
fn reseal_identities(conn: &mut AnyConnection, old: &Sealer, new: &Sealer) -> Result<usize, Error> {
    let mut count = 0;
    let mut after = String::new();
    loop {
        let page: Vec<(String, String)> = people::table
            .filter(people::id.gt(&after))
            .filter(people::identity_sealed.is_not_null())
            .order(people::id.asc())
            .limit(PAGE)
            .select((people::id, people::identity_sealed.assume_not_null()))
            .load(conn)?;
        let Some(last) = page.last() else { break };
        after = last.0.clone();
        for (id, sealed) in page {
            let identity = Identity::open(old, &id, &sealed).map_err(|_| {
                Error::Config(
                    "a person's identifiers do not open with the current key: nothing was changed"
                        .into(),
                )
            })?;
            let stored = identity.store(new, &id);
            diesel::update(people::table.find(&id))
                .set((
                    people::identity_sealed.eq(stored.as_ref().map(|s| s.sealed.clone())),
                    people::birth_date_digest
                        .eq(stored.as_ref().and_then(|s| s.birth_date_digest.clone())),
                    people::id_number_digest.eq(stored.and_then(|s| s.id_number_digest)),
                ))
                .execute(conn)?;
            count += 1;
        }
    }
    Ok(count)
}
