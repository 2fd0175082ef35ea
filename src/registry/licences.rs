//! Licences: add, change status (with history), verify by number.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::access;
use super::organizations::{find_row, today};
use crate::db::rows::{LicenceRow, LicenceStatusChangeRow};
use crate::db::schema::{licence_status_changes, licences, organizations};
use crate::db::{write_transaction, AnyConnection, MultiBackend};
use crate::domain::country::parse_country;
use crate::domain::licence::{effective_status, normalise_number, LicenceStatus};
use crate::domain::role::Actor;
use crate::domain::text::{self, MAX_CODE_CHARS, MAX_NAME_CHARS, MAX_REASON_CHARS};
use crate::domain::validation::Violations;
use crate::error::Error;
use crate::events::{self, NewEvent};
use diesel::dsl::sql;
use diesel::sql_types::{Bool, Date};

/// Body of `POST /api/v1/organizations/{id}/licences`.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
    "number": "1234/067/68", "licence_type": "foreign employment", "valid_from": "2025-01-01",
    "valid_until": "2027-01-01", "status": "active"}))]
pub struct NewLicence {
    /// ISO 3166-1 alpha-2 code of the issuing country.
    pub authority: String,
    /// Name of the issuing authority, e.g. "Department of Foreign Employment".
    pub authority_name: String,
    /// The licence number as printed; unique per authority whatever its punctuation or case.
    pub number: String,
    /// Kind of licence, as the authority names it.
    pub licence_type: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    /// Status at registration; `active` when omitted.
    pub status: Option<LicenceStatus>,
}

/// Body of `POST /api/v1/licences/{id}/status`.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"status": "revoked", "reason": "Charged 42 workers recruitment fees", "effective_date": "2026-05-03"}))]
pub struct ChangeLicenceStatus {
    pub status: LicenceStatus,
    /// Why; public and kept in the licence history. Required.
    pub reason: String,
    /// When the change takes effect; today when omitted.
    pub effective_date: Option<NaiveDate>,
    /// The finding the change follows from, if any.
    pub finding_id: Option<Uuid>,
    /// New end of validity, for a renewal or reinstatement.
    pub valid_until: Option<NaiveDate>,
}

/// One entry of a licence's status history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct LicenceStatusChange {
    /// Status before; null for the entry that recorded the licence.
    pub from_status: Option<LicenceStatus>,
    pub status: LicenceStatus,
    pub reason: Option<String>,
    pub effective_date: NaiveDate,
    pub finding_id: Option<Uuid>,
    /// When it was recorded, RFC 3339 UTC.
    pub recorded_at: String,
}

/// A licence with its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Licence {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub authority: String,
    pub authority_name: String,
    /// As printed by the authority.
    pub number: String,
    pub licence_type: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    /// Status as of today: `expired` once `valid_until` has passed.
    pub status: LicenceStatus,
    /// The last status recorded by an authority.
    pub recorded_status: LicenceStatus,
    /// Every status change, oldest first.
    pub history: Vec<LicenceStatusChange>,
}

/// Query of `GET /api/v1/licences/verify`.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct VerifyQuery {
    /// ISO 3166-1 alpha-2 code of the issuing country.
    pub authority: String,
    /// Licence number in any punctuation, spacing or case.
    pub number: String,
}

/// Answer of a licence verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Verification {
    /// Whether the authority's register in fairrecruit holds this number.
    pub found: bool,
    /// Status as of `as_of`; null when not found.
    pub status: Option<LicenceStatus>,
    pub valid_until: Option<NaiveDate>,
    pub organization_id: Option<Uuid>,
    pub organization_name: Option<String>,
    pub licence_id: Option<Uuid>,
    /// The number as the authority printed it.
    pub number: Option<String>,
    /// The date the status applies to (today, UTC).
    pub as_of: NaiveDate,
}

fn parse_status(value: &str) -> Result<LicenceStatus, Error> {
    LicenceStatus::parse(value)
        .ok_or_else(|| Error::Internal(format!("bad licence status {value:?}")))
}

fn parse_uuid(value: &str) -> Result<Uuid, Error> {
    Uuid::parse_str(value).map_err(|e| Error::Internal(format!("bad id in database: {e}")))
}

pub(crate) struct CheckedLicence {
    pub authority: String,
    authority_name: String,
    number: String,
    pub number_normalised: String,
    licence_type: Option<String>,
    valid_from: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
    status: LicenceStatus,
}

pub(crate) fn check_new(input: &NewLicence) -> Result<CheckedLicence, Error> {
    let mut v = Violations::new();
    let authority = parse_country(&input.authority);
    if authority.is_none() {
        v.add(
            "authority",
            "must be an ISO 3166-1 alpha-2 country code, e.g. NP",
        );
    }
    let authority_name = text::required(
        &mut v,
        "authority_name",
        &input.authority_name,
        MAX_NAME_CHARS,
    );
    let number = text::required(&mut v, "number", &input.number, MAX_CODE_CHARS);
    let number_normalised = number.as_deref().map(normalise_number).unwrap_or_default();
    if number.is_some() && number_normalised.is_empty() {
        v.add("number", "must contain at least one letter or digit");
    }
    let licence_type = text::optional(
        &mut v,
        "licence_type",
        input.licence_type.as_deref(),
        MAX_NAME_CHARS,
    );
    text::date_in_range(&mut v, "valid_from", input.valid_from);
    text::date_in_range(&mut v, "valid_until", input.valid_until);
    if let (Some(from), Some(until)) = (input.valid_from, input.valid_until) {
        if until < from {
            v.add("valid_until", "must not be before valid_from");
        }
    }
    v.finish().map_err(Error::Validation)?;
    Ok(CheckedLicence {
        authority: authority.unwrap_or_default(),
        authority_name: authority_name.unwrap_or_default(),
        number: number.unwrap_or_default(),
        number_normalised,
        licence_type,
        valid_from: input.valid_from,
        valid_until: input.valid_until,
        status: input.status.unwrap_or(LicenceStatus::Active),
    })
}

/// Adds a licence to an organization. The number must be new for its authority.
pub fn add_licence(
    conn: &mut AnyConnection,
    actor: &Actor,
    organization_id: Uuid,
    input: &NewLicence,
) -> Result<Licence, Error> {
    access::require_inspector_or_admin(actor)?;
    let checked = check_new(input)?;
    access::require_jurisdiction(actor, &checked.authority)?;
    let id = write_transaction(conn, |conn| {
        let organization = find_row(conn, organization_id)?;
        let key = (checked.authority.clone(), checked.number_normalised.clone());
        if !taken_numbers(conn, std::slice::from_ref(&key))?.is_empty() {
            return Err(duplicate_number(&checked));
        }
        let (row, first) = prepare_licence(&checked, &organization.id, actor, events::log::now());
        diesel::insert_into(licences::table)
            .values(&row)
            .execute(conn)?;
        diesel::insert_into(licence_status_changes::table)
            .values(&first)
            .execute(conn)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "licence.added",
                entity_type: "licence",
                entity_id: &row.id,
                data: &LicenceRecord::from(&row),
            },
        )?;
        Ok(row.id)
    })?;
    load_one(conn, &id, today())
}

pub(crate) fn duplicate_number(checked: &CheckedLicence) -> Error {
    Error::Conflict(format!(
        "authority {} already has a licence numbered {}",
        checked.authority, checked.number
    ))
}

/// Which of these (authority, normalised number) pairs are already registered.
/// Asked per authority so the (authority, number) unique index answers it.
pub(crate) fn taken_numbers(
    conn: &mut AnyConnection,
    keys: &[(String, String)],
) -> Result<HashSet<(String, String)>, Error> {
    let mut by_authority: HashMap<&str, Vec<&str>> = HashMap::new();
    for (authority, number) in keys {
        by_authority.entry(authority).or_default().push(number);
    }
    let mut taken = HashSet::new();
    for (authority, numbers) in by_authority {
        for chunk in numbers.chunks(500) {
            let found: Vec<String> = licences::table
                .filter(licences::authority.eq(authority))
                .filter(licences::number_normalised.eq_any(chunk))
                .select(licences::number_normalised)
                .load(conn)?;
            taken.extend(found.into_iter().map(|n| (authority.to_string(), n)));
        }
    }
    Ok(taken)
}

/// A licence as its `licence.added` event records it: the recorded status, not the
/// status as of a reading date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LicenceRecord {
    pub id: String,
    pub organization_id: String,
    pub authority: String,
    pub authority_name: String,
    pub number: String,
    pub licence_type: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub status: String,
}

impl From<&LicenceRow> for LicenceRecord {
    fn from(row: &LicenceRow) -> LicenceRecord {
        LicenceRecord {
            id: row.id.clone(),
            organization_id: row.organization_id.clone(),
            authority: row.authority.clone(),
            authority_name: row.authority_name.clone(),
            number: row.number.clone(),
            licence_type: row.licence_type.clone(),
            valid_from: row.valid_from,
            valid_until: row.valid_until,
            status: row.status.clone(),
        }
    }
}

/// Builds a new licence's row and the first entry of its history.
pub(crate) fn prepare_licence(
    checked: &CheckedLicence,
    organization_id: &str,
    actor: &Actor,
    now: chrono::NaiveDateTime,
) -> (LicenceRow, LicenceStatusChangeRow) {
    let row = LicenceRow {
        id: Uuid::now_v7().to_string(),
        organization_id: organization_id.into(),
        authority: checked.authority.clone(),
        authority_name: checked.authority_name.clone(),
        number: checked.number.clone(),
        number_normalised: checked.number_normalised.clone(),
        licence_type: checked.licence_type.clone(),
        valid_from: checked.valid_from,
        valid_until: checked.valid_until,
        status: checked.status.as_str().into(),
        created_at: now,
        updated_at: now,
    };
    let first = LicenceStatusChangeRow {
        id: Uuid::now_v7().to_string(),
        licence_id: row.id.clone(),
        from_status: None,
        status: checked.status.as_str().into(),
        reason: Some("licence recorded".into()),
        effective_date: checked.valid_from.unwrap_or_else(today),
        finding_id: None,
        actor: actor.label(),
        recorded_at: now,
    };
    (row, first)
}

/// The status change as recorded in the event log.
#[derive(Debug, Clone, Serialize)]
pub struct StatusChanged {
    pub licence_id: String,
    pub organization_id: String,
    pub from_status: LicenceStatus,
    pub status: LicenceStatus,
    pub reason: String,
    pub effective_date: NaiveDate,
    pub finding_id: Option<Uuid>,
    pub valid_until: Option<NaiveDate>,
}

/// Applies a status change to `row` in memory, following the workflow, and returns
/// the history entry and the event payload. The one rule for every status change.
pub(crate) fn plan_status_change(
    row: &mut LicenceRow,
    input: &ChangeLicenceStatus,
    reason: &str,
    actor: &Actor,
    as_of: NaiveDate,
    now: chrono::NaiveDateTime,
) -> Result<(LicenceStatusChangeRow, StatusChanged), Error> {
    let current = effective_status(parse_status(&row.status)?, row.valid_until, as_of);
    let next = input.status;
    if !current.can_become(next) {
        let allowed: Vec<String> = current
            .allowed_next()
            .iter()
            .map(|s| s.as_str().to_string())
            .collect();
        return Err(Error::InvalidTransition {
            message: format!(
                "a {} licence cannot become {}",
                current.as_str(),
                next.as_str()
            ),
            allowed,
        });
    }
    let effective_date = input.effective_date.unwrap_or(as_of);
    let valid_until = input.valid_until.or(row.valid_until);
    if let (Some(from), Some(until)) = (row.valid_from, valid_until) {
        if until < from {
            return Err(Error::invalid(
                "valid_until",
                "must not be before the licence's valid_from",
            ));
        }
    }
    row.status = next.as_str().into();
    row.valid_until = valid_until;
    row.updated_at = now;
    let change = LicenceStatusChangeRow {
        id: Uuid::now_v7().to_string(),
        licence_id: row.id.clone(),
        from_status: Some(current.as_str().into()),
        status: next.as_str().into(),
        reason: Some(reason.into()),
        effective_date,
        finding_id: input.finding_id.map(|f| f.to_string()),
        actor: actor.label(),
        recorded_at: now,
    };
    let event = StatusChanged {
        licence_id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        from_status: current,
        status: next,
        reason: reason.into(),
        effective_date,
        finding_id: input.finding_id,
        valid_until,
    };
    Ok((change, event))
}

/// Checks a status change's own fields; returns the trimmed reason.
pub(crate) fn check_change(input: &ChangeLicenceStatus) -> Result<String, Error> {
    let mut v = Violations::new();
    let reason = text::required(&mut v, "reason", &input.reason, MAX_REASON_CHARS);
    text::date_in_range(&mut v, "effective_date", input.effective_date);
    text::date_in_range(&mut v, "valid_until", input.valid_until);
    v.finish().map_err(Error::Validation)?;
    Ok(reason.unwrap_or_default())
}

/// Changes a licence's status. The one code path for manual changes and for
/// sanctions that follow a published finding.
pub fn change_licence_status(
    conn: &mut AnyConnection,
    actor: &Actor,
    licence_id: Uuid,
    input: &ChangeLicenceStatus,
) -> Result<Licence, Error> {
    access::require_inspector_or_admin(actor)?;
    let reason = check_change(input)?;
    write_transaction(conn, |conn| {
        change_status_in(conn, actor, licence_id, input, &reason)
    })
}

/// The body of a status change, for callers already inside a write transaction.
pub(crate) fn change_status_in(
    conn: &mut AnyConnection,
    actor: &Actor,
    licence_id: Uuid,
    input: &ChangeLicenceStatus,
    reason: &str,
) -> Result<Licence, Error> {
    let id = licence_id.to_string();
    let mut row: LicenceRow = licences::table
        .filter(licences::id.eq(&id))
        .select(LicenceRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound("licence"))?;
    access::require_jurisdiction(actor, &row.authority)?;
    let as_of = today();
    let (change, event) =
        plan_status_change(&mut row, input, reason, actor, as_of, events::log::now())?;
    diesel::update(licences::table.filter(licences::id.eq(&id)))
        .set((
            licences::status.eq(&row.status),
            licences::valid_until.eq(row.valid_until),
            licences::updated_at.eq(row.updated_at),
        ))
        .execute(conn)?;
    diesel::insert_into(licence_status_changes::table)
        .values(&change)
        .execute(conn)?;
    events::append(
        conn,
        actor,
        NewEvent {
            action: "licence.status_changed",
            entity_type: "licence",
            entity_id: &id,
            data: &event,
        },
    )?;
    load_one(conn, &id, as_of)
}

fn to_view(
    row: LicenceRow,
    history: Vec<LicenceStatusChangeRow>,
    as_of: NaiveDate,
) -> Result<Licence, Error> {
    let recorded = parse_status(&row.status)?;
    let history = history
        .into_iter()
        .map(|h| {
            Ok(LicenceStatusChange {
                from_status: h.from_status.as_deref().map(parse_status).transpose()?,
                status: parse_status(&h.status)?,
                reason: h.reason,
                effective_date: h.effective_date,
                finding_id: h.finding_id.as_deref().map(parse_uuid).transpose()?,
                recorded_at: events::chain::format_time(h.recorded_at),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(Licence {
        id: parse_uuid(&row.id)?,
        organization_id: parse_uuid(&row.organization_id)?,
        status: effective_status(recorded, row.valid_until, as_of),
        recorded_status: recorded,
        authority: row.authority,
        authority_name: row.authority_name,
        number: row.number,
        licence_type: row.licence_type,
        valid_from: row.valid_from,
        valid_until: row.valid_until,
        history,
    })
}

fn load_one(conn: &mut AnyConnection, id: &str, as_of: NaiveDate) -> Result<Licence, Error> {
    let row: LicenceRow = licences::table
        .filter(licences::id.eq(id))
        .select(LicenceRow::as_select())
        .first(conn)?;
    let history = licence_status_changes::table
        .filter(licence_status_changes::licence_id.eq(id))
        .order(licence_status_changes::id.asc())
        .select(LicenceStatusChangeRow::as_select())
        .load(conn)?;
    to_view(row, history, as_of)
}

/// Every licence of an organization with histories, newest first.
pub fn load_for_organization(
    conn: &mut AnyConnection,
    organization_id: &str,
    as_of: NaiveDate,
) -> Result<Vec<Licence>, Error> {
    let rows: Vec<LicenceRow> = licences::table
        .filter(licences::organization_id.eq(organization_id))
        .order(licences::id.desc())
        .select(LicenceRow::as_select())
        .load(conn)?;
    let ids: Vec<&String> = rows.iter().map(|r| &r.id).collect();
    let changes: Vec<LicenceStatusChangeRow> = licence_status_changes::table
        .filter(licence_status_changes::licence_id.eq_any(ids))
        .order(licence_status_changes::id.asc())
        .select(LicenceStatusChangeRow::as_select())
        .load(conn)?;
    let mut by_licence: HashMap<String, Vec<LicenceStatusChangeRow>> = HashMap::new();
    for change in changes {
        by_licence
            .entry(change.licence_id.clone())
            .or_default()
            .push(change);
    }
    rows.into_iter()
        .map(|row| {
            let history = by_licence.remove(&row.id).unwrap_or_default();
            to_view(row, history, as_of)
        })
        .collect()
}

/// A condition on `organizations` true when it holds a licence whose status on
/// `as_of` is `status`. Written as SQL because a boxed subquery over the multi-backend
/// connection does not compile; the status names are constants, the date is bound.
pub fn holds_licence_in(
    status: LicenceStatus,
    as_of: NaiveDate,
) -> Box<dyn BoxableExpression<organizations::table, MultiBackend, SqlType = Bool>> {
    use LicenceStatus::*;
    let head = "EXISTS (SELECT 1 FROM licences l WHERE l.organization_id = organizations.id AND ";
    match status {
        Expired => Box::new(
            sql::<Bool>(head)
                .sql("(l.status = 'expired' OR (l.status IN ('pending', 'active', 'suspended') AND l.valid_until < ")
                .bind::<Date, _>(as_of)
                .sql(")))"),
        ),
        Pending | Active | Suspended => Box::new(
            sql::<Bool>(head)
                .sql(&format!("l.status = '{}' AND (l.valid_until IS NULL OR l.valid_until >= ", status.as_str()))
                .bind::<Date, _>(as_of)
                .sql("))"),
        ),
        Revoked | Cancelled => Box::new(sql::<Bool>(&format!("{head}l.status = '{}')", status.as_str()))),
    }
}

/// Looks up a licence by authority and number in any punctuation or case.
pub fn verify_licence(
    conn: &mut AnyConnection,
    query: &VerifyQuery,
) -> Result<Verification, Error> {
    let mut v = Violations::new();
    let authority = parse_country(&query.authority);
    if authority.is_none() {
        v.add(
            "authority",
            "must be an ISO 3166-1 alpha-2 country code, e.g. NP",
        );
    }
    let number = normalise_number(&query.number);
    if number.is_empty() {
        v.add("number", "must contain at least one letter or digit");
    } else if number.chars().count() > MAX_CODE_CHARS {
        v.add(
            "number",
            format!("must be at most {MAX_CODE_CHARS} characters"),
        );
    }
    v.finish().map_err(Error::Validation)?;
    let as_of = today();
    let found: Option<(LicenceRow, String)> = licences::table
        .inner_join(organizations::table)
        .filter(licences::authority.eq(authority.unwrap_or_default()))
        .filter(licences::number_normalised.eq(&number))
        .select((LicenceRow::as_select(), organizations::name))
        .first(conn)
        .optional()?;
    Ok(match found {
        Some((row, organization_name)) => Verification {
            found: true,
            status: Some(effective_status(
                parse_status(&row.status)?,
                row.valid_until,
                as_of,
            )),
            valid_until: row.valid_until,
            organization_id: Some(parse_uuid(&row.organization_id)?),
            organization_name: Some(organization_name),
            licence_id: Some(parse_uuid(&row.id)?),
            number: Some(row.number),
            as_of,
        },
        None => Verification {
            found: false,
            status: None,
            valid_until: None,
            organization_id: None,
            organization_name: None,
            licence_id: None,
            number: None,
            as_of,
        },
    })
}
