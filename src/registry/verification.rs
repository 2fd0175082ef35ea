//! Bulk licence verification for consulates and partner systems: up to 1,000 licences
//! per call, answered item by item in the order given.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::organizations::today;
use crate::db::schema::{findings, licences, organizations, sanctions};
use crate::db::AnyConnection;
use crate::domain::country::parse_country;
use crate::domain::finding::{FindingStatus, SanctionKind};
use crate::domain::licence::{effective_status, normalise_number, LicenceStatus};
use crate::domain::text::MAX_CODE_CHARS;
use crate::error::Error;

/// Most items one request may hold.
pub const MAX_ITEMS: usize = 1_000;

/// One licence to check.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyItem {
    /// ISO 3166-1 alpha-2 code of the issuing country.
    pub authority: String,
    /// Licence number in any punctuation, spacing or case.
    pub number: String,
}

/// Body of `POST /api/v1/licences/verify`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"items": [{"authority": "NP", "number": "1234/067-68"}, {"authority": "PH", "number": "POEA-123-LB-031522-R"}]}))]
pub struct BulkVerifyRequest {
    /// 1 to 1,000 licences.
    pub items: Vec<VerifyItem>,
}

/// The answer for one item, in the request's order.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VerifiedItem {
    /// The authority as sent.
    pub authority: String,
    /// The number as sent.
    pub number: String,
    /// Whether the registry holds this licence. False too when `error` is set.
    pub found: bool,
    /// Status on `as_of`.
    pub status: Option<LicenceStatus>,
    pub valid_until: Option<NaiveDate>,
    pub organization_id: Option<Uuid>,
    pub organization_name: Option<String>,
    pub licence_id: Option<Uuid>,
    /// Sanctions in force against the organization (from findings not overturned).
    pub sanctions_in_force: Vec<SanctionKind>,
    /// Why this item could not be checked (bad country code, empty number).
    pub error: Option<String>,
}

/// Answer of `POST /api/v1/licences/verify`.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"as_of": "2026-11-29", "items": [
    {"authority": "NP", "number": "1234/067/068", "found": true, "status": "revoked",
     "valid_until": "2027-03-12", "organization_id": "01a2262b-d1bb-767f-8eff-7a13b8243752",
     "organization_name": "Himalaya Dream Manpower", "licence_id": "01a2262b-d1bb-767f-8eff-7a13b8243799",
     "sanctions_in_force": ["revocation"], "error": null},
    {"authority": "PH", "number": "POEA-001-LB", "found": false, "status": null, "valid_until": null,
     "organization_id": null, "organization_name": null, "licence_id": null, "sanctions_in_force": [], "error": null},
    {"authority": "XX", "number": "12", "found": false, "status": null, "valid_until": null,
     "organization_id": null, "organization_name": null, "licence_id": null, "sanctions_in_force": [],
     "error": "authority must be an ISO 3166-1 alpha-2 country code, e.g. NP"}]}))]
pub struct BulkVerifyResponse {
    pub items: Vec<VerifiedItem>,
    /// The date statuses apply to (today, UTC).
    pub as_of: NaiveDate,
}

struct Found {
    licence_id: String,
    organization_id: String,
    organization_name: String,
    status: String,
    valid_until: Option<NaiveDate>,
}

/// Checks every item; a malformed item is answered with its own error and does not
/// fail the others.
pub fn verify_licences(
    conn: &mut AnyConnection,
    request: &BulkVerifyRequest,
) -> Result<BulkVerifyResponse, Error> {
    if request.items.is_empty() {
        return Err(Error::invalid("items", "give at least one licence"));
    }
    if request.items.len() > MAX_ITEMS {
        return Err(Error::PayloadTooLarge(format!(
            "at most {MAX_ITEMS} items per request; this one has {}",
            request.items.len()
        )));
    }
    let as_of = today();
    // (authority, normalised number) per item, or the item's error.
    let keys: Vec<Result<(String, String), String>> = request
        .items
        .iter()
        .map(|item| {
            let authority = parse_country(&item.authority).ok_or_else(|| {
                "authority must be an ISO 3166-1 alpha-2 country code, e.g. NP".to_string()
            })?;
            let number = normalise_number(&item.number);
            if number.is_empty() {
                return Err("number must contain at least one letter or digit".into());
            }
            if number.chars().count() > MAX_CODE_CHARS {
                return Err(format!(
                    "number must be at most {MAX_CODE_CHARS} characters"
                ));
            }
            Ok((authority, number))
        })
        .collect();

    let mut by_authority: HashMap<&str, Vec<&str>> = HashMap::new();
    for (authority, number) in keys.iter().flatten() {
        by_authority.entry(authority).or_default().push(number);
    }
    let mut found: HashMap<(String, String), Found> = HashMap::new();
    for (authority, numbers) in by_authority {
        for chunk in numbers.chunks(500) {
            let rows: Vec<(String, String, String, Option<NaiveDate>, String, String)> =
                licences::table
                    .inner_join(organizations::table)
                    .filter(licences::authority.eq(authority))
                    .filter(licences::number_normalised.eq_any(chunk))
                    .select((
                        licences::id,
                        licences::number_normalised,
                        licences::status,
                        licences::valid_until,
                        organizations::id,
                        organizations::name,
                    ))
                    .load(conn)?;
            for (licence_id, number, status, valid_until, organization_id, organization_name) in
                rows
            {
                found.insert(
                    (authority.to_string(), number),
                    Found {
                        licence_id,
                        organization_id,
                        organization_name,
                        status,
                        valid_until,
                    },
                );
            }
        }
    }
    let sanctions = sanctions_in_force(
        conn,
        found.values().map(|f| f.organization_id.as_str()).collect(),
        as_of,
    )?;

    let items = request
        .items
        .iter()
        .zip(keys)
        .map(|(item, key)| {
            let mut answer = VerifiedItem {
                authority: item.authority.clone(),
                number: item.number.clone(),
                found: false,
                status: None,
                valid_until: None,
                organization_id: None,
                organization_name: None,
                licence_id: None,
                sanctions_in_force: Vec::new(),
                error: None,
            };
            match key {
                Err(message) => answer.error = Some(message),
                Ok(key) => {
                    if let Some(f) = found.get(&key) {
                        let recorded = LicenceStatus::parse(&f.status)
                            .ok_or_else(|| Error::Internal("bad licence status".into()))?;
                        answer.found = true;
                        answer.status = Some(effective_status(recorded, f.valid_until, as_of));
                        answer.valid_until = f.valid_until;
                        answer.organization_id = Uuid::parse_str(&f.organization_id).ok();
                        answer.organization_name = Some(f.organization_name.clone());
                        answer.licence_id = Uuid::parse_str(&f.licence_id).ok();
                        answer.sanctions_in_force = sanctions
                            .get(&f.organization_id)
                            .cloned()
                            .unwrap_or_default();
                    }
                }
            }
            Ok(answer)
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(BulkVerifyResponse { items, as_of })
}

/// Sanctions of public, not overturned findings whose period includes `as_of`, per
/// organization.
fn sanctions_in_force(
    conn: &mut AnyConnection,
    mut organization_ids: Vec<&str>,
    as_of: NaiveDate,
) -> Result<HashMap<String, Vec<SanctionKind>>, Error> {
    organization_ids.sort_unstable();
    organization_ids.dedup();
    let standing = FindingStatus::STANDING.map(FindingStatus::as_str);
    let mut map: HashMap<String, Vec<SanctionKind>> = HashMap::new();
    for chunk in organization_ids.chunks(500) {
        let rows: Vec<(String, String)> = sanctions::table
            .inner_join(findings::table)
            .filter(findings::organization_id.eq_any(chunk))
            .filter(findings::status.eq_any(standing))
            .filter(
                sanctions::starts_on
                    .is_null()
                    .or(sanctions::starts_on.le(as_of)),
            )
            .filter(
                sanctions::ends_on
                    .is_null()
                    .or(sanctions::ends_on.ge(as_of)),
            )
            .select((findings::organization_id, sanctions::kind))
            .load(conn)?;
        for (organization, kind) in rows {
            if let Some(kind) = SanctionKind::parse(&kind) {
                let kinds = map.entry(organization).or_default();
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
        }
    }
    Ok(map)
}
