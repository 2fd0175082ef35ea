//! Findings: an inspector's decision about an organization, with violations, fee
//! violations, sanctions and refunds. Drafts are private; published findings (and
//! appealed, upheld or overturned ones, labelled as such) are public.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::access;
use super::licences::{self, ChangeLicenceStatus};
use super::organizations::{find_row, today};
use crate::db::rows::{
    FeeViolationRow, FindingComplaintRow, FindingRow, FindingStatusChangeRow, LicenceRow,
    RefundRow, SanctionRow, ViolationRow,
};
use crate::db::schema::{
    complaint_countries, fee_violations, finding_complaints, finding_status_changes, findings,
    licences as licences_table, organizations, refunds, sanctions, violations,
};
use crate::db::{write_transaction, AnyConnection};
use crate::domain::complaint::ComplaintCategory;
use crate::domain::country::parse_country;
use crate::domain::finding::{
    fee_totals, FeeCategory, FeeTotals, FeeViolationAmounts, FindingStatus, RefundAmount,
    SanctionKind, Severity,
};
use crate::domain::licence::effective_status;
use crate::domain::money::parse_currency;
use crate::domain::role::{Actor, Role};
use crate::domain::text::{self, MAX_NAME_CHARS, MAX_REASON_CHARS};
use crate::domain::validation::Violations;
use crate::error::Error;
use crate::events::{self, NewEvent};

const MAX_ITEMS: usize = 50;

/// A violation found.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewViolation {
    pub category: ComplaintCategory,
    /// The law or regulation breached, e.g. "Foreign Employment Act 2064, s. 11".
    pub legal_basis: Option<String>,
    pub description: Option<String>,
    pub severity: Severity,
}

/// Fees charged to workers against the employer-pays principle.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewFeeViolation {
    pub category: FeeCategory,
    /// Charged to each worker, in minor units (e.g. paisa, cents) of `currency`.
    pub amount_per_worker_minor: i64,
    /// ISO 4217 code, e.g. NPR.
    pub currency: String,
    pub workers_affected: i64,
    /// Refund ordered in total, in minor units of `currency`; 0 when omitted.
    pub refund_ordered_minor: Option<i64>,
}

/// A sanction imposed.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSanction {
    pub kind: SanctionKind,
    /// For a fine: the amount in minor units of `currency`.
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    /// For a suspension: first day; also when any sanction takes effect.
    pub starts_on: Option<NaiveDate>,
    /// For a suspension: last day.
    pub ends_on: Option<NaiveDate>,
    pub description: Option<String>,
}

/// Body of `POST /api/v1/findings`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"organization_id": "0190c0de-0000-7000-8000-000000000001", "complaint_ids": [],
    "summary": "Charged 42 workers recruitment fees and kept their passports.",
    "violations": [{"category": "document_retention", "legal_basis": "Foreign Employment Act 2064, s. 11",
        "description": "Passports kept at the office", "severity": "high"}],
    "fee_violations": [{"category": "recruitment_fee", "amount_per_worker_minor": 20000000, "currency": "NPR",
        "workers_affected": 42, "refund_ordered_minor": 840000000}],
    "sanctions": [{"kind": "revocation", "starts_on": "2026-05-03"}]}))]
pub struct NewFinding {
    pub organization_id: Uuid,
    /// Complaints the finding answers; they must be visible to the inspector.
    #[serde(default)]
    pub complaint_ids: Vec<Uuid>,
    /// ISO 3166-1 alpha-2 country whose authority decides; the organization's country
    /// when omitted. Must be one of the inspector's jurisdictions.
    pub jurisdiction: Option<String>,
    /// A public summary in plain words.
    pub summary: Option<String>,
    #[serde(default)]
    pub violations: Vec<NewViolation>,
    #[serde(default)]
    pub fee_violations: Vec<NewFeeViolation>,
    #[serde(default)]
    pub sanctions: Vec<NewSanction>,
}

/// Body of `POST /api/v1/findings/{id}/status`: appeals and their outcome.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeFindingStatus {
    pub status: FindingStatus,
    /// Public: shown in the finding's history (e.g. the appeal body and its decision).
    pub note: Option<String>,
}

/// Body of `POST /api/v1/findings/{id}/refunds`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"amount_minor": 120000000, "currency": "NPR", "date": "2026-07-01", "workers": 6}))]
pub struct NewRefund {
    /// Which fee violation it repays; may be omitted when the finding has only one.
    pub fee_violation_id: Option<Uuid>,
    /// Paid, in minor units of `currency`; must not exceed what is still outstanding.
    pub amount_minor: i64,
    /// Must be the fee violation's currency: currencies never mix.
    pub currency: String,
    /// When it was paid.
    pub date: NaiveDate,
    /// Workers reached by this payment.
    pub workers: Option<i64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Violation {
    pub id: Uuid,
    pub category: ComplaintCategory,
    pub legal_basis: Option<String>,
    pub description: Option<String>,
    pub severity: Severity,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeeViolation {
    pub id: Uuid,
    pub category: FeeCategory,
    pub amount_per_worker_minor: i64,
    pub currency: String,
    pub workers_affected: i64,
    /// amount_per_worker_minor × workers_affected.
    pub charged_minor: i64,
    pub refund_ordered_minor: i64,
    pub refunded_minor: i64,
    /// Ordered minus refunded.
    pub outstanding_minor: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Sanction {
    pub id: Uuid,
    pub kind: SanctionKind,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Refund {
    pub id: Uuid,
    pub fee_violation_id: Uuid,
    pub amount_minor: i64,
    pub currency: String,
    pub date: NaiveDate,
    pub workers: Option<i64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FindingStatusEntry {
    pub from_status: Option<FindingStatus>,
    pub status: FindingStatus,
    pub note: Option<String>,
    pub recorded_at: String,
}

/// A finding with everything it decided.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Finding {
    pub id: Uuid,
    /// Short reference for people, e.g. F-01A2B3C4D5E6.
    pub reference: String,
    pub organization_id: Uuid,
    pub organization_name: String,
    pub jurisdiction: String,
    pub status: FindingStatus,
    pub summary: Option<String>,
    /// How many complaints it answers (their ids only for inspectors and admins).
    pub complaint_count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint_ids: Option<Vec<Uuid>>,
    pub violations: Vec<Violation>,
    pub fee_violations: Vec<FeeViolation>,
    pub sanctions: Vec<Sanction>,
    pub refunds: Vec<Refund>,
    /// Per currency: charged, ordered, refunded, outstanding.
    pub fee_totals: Vec<FeeTotals>,
    pub history: Vec<FindingStatusEntry>,
    pub created_at: String,
    pub published_at: Option<String>,
}

/// Filters of `GET /api/v1/findings`.
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FindingFilter {
    pub organization_id: Option<Uuid>,
    pub status: Option<FindingStatus>,
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FindingPage {
    pub items: Vec<Finding>,
    pub next_cursor: Option<String>,
}

/// The short reference people quote: time part and random part of the id.
pub fn reference(id: &Uuid) -> String {
    let simple = id.simple().to_string().to_ascii_uppercase();
    format!("F-{}{}", &simple[..8], &simple[28..])
}

fn parse_uuid(value: &str) -> Result<Uuid, Error> {
    Uuid::parse_str(value).map_err(|e| Error::Internal(format!("bad id in database: {e}")))
}

fn parse_status(value: &str) -> Result<FindingStatus, Error> {
    FindingStatus::parse(value).ok_or_else(|| Error::Internal("bad finding status".into()))
}

fn check_currency(v: &mut Violations, field: &str, code: &str) -> Option<String> {
    let code = parse_currency(code).map(str::to_string);
    if code.is_none() {
        v.add(field, "must be an ISO 4217 currency code, e.g. NPR");
    }
    code
}

struct CheckedFinding {
    jurisdiction: Option<String>,
    summary: Option<String>,
    violations: Vec<ViolationRow>,
    fee_violations: Vec<FeeViolationRow>,
    sanctions: Vec<SanctionRow>,
}

fn check_new(input: &NewFinding, finding_id: &str) -> Result<CheckedFinding, Error> {
    let mut v = Violations::new();
    let jurisdiction = input.jurisdiction.as_deref().and_then(|j| {
        let code = parse_country(j);
        if code.is_none() {
            v.add(
                "jurisdiction",
                "must be an ISO 3166-1 alpha-2 country code, e.g. NP",
            );
        }
        code
    });
    let summary = text::optional(
        &mut v,
        "summary",
        input.summary.as_deref(),
        MAX_REASON_CHARS,
    );
    if input.violations.is_empty() && input.fee_violations.is_empty() {
        v.add(
            "violations",
            "a finding records at least one violation or fee violation",
        );
    }
    for (field, len) in [
        ("violations", input.violations.len()),
        ("fee_violations", input.fee_violations.len()),
        ("sanctions", input.sanctions.len()),
        ("complaint_ids", input.complaint_ids.len()),
    ] {
        if len > MAX_ITEMS {
            v.add(field, format!("at most {MAX_ITEMS}"));
        }
    }
    let violations = input
        .violations
        .iter()
        .enumerate()
        .map(|(i, x)| ViolationRow {
            id: Uuid::now_v7().to_string(),
            finding_id: finding_id.into(),
            category: x.category.as_str().into(),
            legal_basis: text::optional(
                &mut v,
                &format!("violations[{i}].legal_basis"),
                x.legal_basis.as_deref(),
                MAX_NAME_CHARS,
            ),
            description: text::optional(
                &mut v,
                &format!("violations[{i}].description"),
                x.description.as_deref(),
                MAX_REASON_CHARS,
            ),
            severity: x.severity.as_str().into(),
        })
        .collect();
    let mut fees = Vec::new();
    for (i, f) in input.fee_violations.iter().enumerate() {
        let field = |name: &str| format!("fee_violations[{i}].{name}");
        let currency = check_currency(&mut v, &field("currency"), &f.currency);
        if f.amount_per_worker_minor <= 0 {
            v.add(field("amount_per_worker_minor"), "must be more than 0");
        }
        if f.workers_affected <= 0 {
            v.add(field("workers_affected"), "must be at least 1");
        }
        let ordered = f.refund_ordered_minor.unwrap_or(0);
        if ordered < 0 {
            v.add(field("refund_ordered_minor"), "must not be negative");
        }
        match f.amount_per_worker_minor.checked_mul(f.workers_affected) {
            Some(charged) if ordered > charged && charged > 0 => v.add(
                field("refund_ordered_minor"),
                "must not exceed the amount charged to all workers",
            ),
            None => v.add(
                field("amount_per_worker_minor"),
                "times workers_affected is too large",
            ),
            _ => {}
        }
        if let Some(currency) = currency {
            fees.push(FeeViolationRow {
                id: Uuid::now_v7().to_string(),
                finding_id: finding_id.into(),
                category: f.category.as_str().into(),
                amount_per_worker_minor: f.amount_per_worker_minor,
                currency,
                workers_affected: f.workers_affected,
                refund_ordered_minor: ordered,
            });
        }
    }
    let mut sanction_rows = Vec::new();
    for (i, s) in input.sanctions.iter().enumerate() {
        let field = |name: &str| format!("sanctions[{i}].{name}");
        let currency = s
            .currency
            .as_deref()
            .and_then(|c| check_currency(&mut v, &field("currency"), c));
        if s.kind == SanctionKind::Fine {
            if s.amount_minor.is_none_or(|a| a <= 0) {
                v.add(field("amount_minor"), "a fine needs an amount more than 0");
            }
            if s.currency.is_none() {
                v.add(field("currency"), "a fine needs a currency");
            }
        } else if s.amount_minor.is_some() {
            v.add(field("amount_minor"), "only a fine has an amount");
        }
        if s.kind == SanctionKind::Suspension && s.starts_on.is_none() {
            v.add(field("starts_on"), "a suspension needs its first day");
        }
        text::date_in_range(&mut v, &field("starts_on"), s.starts_on);
        text::date_in_range(&mut v, &field("ends_on"), s.ends_on);
        if let (Some(from), Some(until)) = (s.starts_on, s.ends_on) {
            if until < from {
                v.add(field("ends_on"), "must not be before starts_on");
            }
        }
        let description = text::optional(
            &mut v,
            &field("description"),
            s.description.as_deref(),
            MAX_REASON_CHARS,
        );
        sanction_rows.push(SanctionRow {
            id: Uuid::now_v7().to_string(),
            finding_id: finding_id.into(),
            kind: s.kind.as_str().into(),
            amount_minor: s.amount_minor,
            currency,
            starts_on: s.starts_on,
            ends_on: s.ends_on,
            description,
        });
    }
    v.finish().map_err(Error::Validation)?;
    Ok(CheckedFinding {
        jurisdiction,
        summary,
        violations,
        fee_violations: fees,
        sanctions: sanction_rows,
    })
}

/// The public payload of finding events.
#[derive(Serialize)]
struct FindingEvent<'a> {
    finding_id: &'a str,
    organization_id: &'a str,
    from_status: Option<FindingStatus>,
    status: FindingStatus,
    /// The full public finding once it is public; nothing of a draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    finding: Option<&'a Finding>,
}

/// Records a draft finding (inspector within jurisdiction, or admin).
pub fn create_finding(
    conn: &mut AnyConnection,
    actor: &Actor,
    input: &NewFinding,
) -> Result<Finding, Error> {
    access::require_inspector_or_admin(actor)?;
    let id = Uuid::now_v7();
    let key = id.to_string();
    let checked = check_new(input, &key)?;
    write_transaction(conn, |conn| {
        let organization = find_row(conn, input.organization_id).map_err(|e| match e {
            Error::NotFound(_) => Error::invalid("organization_id", "no organization has this id"),
            other => other,
        })?;
        let jurisdiction = checked
            .jurisdiction
            .clone()
            .unwrap_or_else(|| organization.country.clone());
        access::require_jurisdiction(actor, &jurisdiction)?;
        let mut links: Vec<FindingComplaintRow> = Vec::new();
        for (i, complaint) in input.complaint_ids.iter().enumerate() {
            if links
                .iter()
                .any(|l| l.complaint_id == complaint.to_string())
            {
                continue;
            }
            let countries: Vec<String> = complaint_countries::table
                .filter(complaint_countries::complaint_id.eq(complaint.to_string()))
                .select(complaint_countries::country)
                .load(conn)?;
            let visible = !countries.is_empty()
                && (actor.is(Role::Admin)
                    || countries.iter().any(|c| actor.jurisdictions.contains(c)));
            if !visible {
                return Err(Error::invalid(
                    &format!("complaint_ids[{i}]"),
                    "no complaint with this id is visible to this token",
                ));
            }
            links.push(FindingComplaintRow {
                finding_id: key.clone(),
                complaint_id: complaint.to_string(),
            });
        }
        let now = events::log::now();
        diesel::insert_into(findings::table)
            .values(&FindingRow {
                id: key.clone(),
                organization_id: organization.id.clone(),
                jurisdiction,
                status: FindingStatus::Draft.as_str().into(),
                summary: checked.summary.clone(),
                created_by: actor.label(),
                created_at: now,
                updated_at: now,
                published_at: None,
            })
            .execute(conn)?;
        crate::insert_rows!(conn, finding_complaints::table, &links);
        crate::insert_rows!(conn, violations::table, &checked.violations);
        crate::insert_rows!(conn, fee_violations::table, &checked.fee_violations);
        crate::insert_rows!(conn, sanctions::table, &checked.sanctions);
        record_status(conn, actor, &key, None, FindingStatus::Draft, None, now)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "finding.created",
                entity_type: "finding",
                entity_id: &key,
                data: &FindingEvent {
                    finding_id: &key,
                    organization_id: &organization.id,
                    from_status: None,
                    status: FindingStatus::Draft,
                    finding: None,
                },
            },
        )?;
        load_finding(conn, id, true)
    })
}

fn record_status(
    conn: &mut AnyConnection,
    actor: &Actor,
    finding_id: &str,
    from: Option<FindingStatus>,
    to: FindingStatus,
    note: Option<String>,
    now: chrono::NaiveDateTime,
) -> Result<(), Error> {
    diesel::insert_into(finding_status_changes::table)
        .values(&FindingStatusChangeRow {
            id: Uuid::now_v7().to_string(),
            finding_id: finding_id.into(),
            from_status: from.map(|s| s.as_str().to_string()),
            status: to.as_str().into(),
            note,
            actor: actor.label(),
            recorded_at: now,
        })
        .execute(conn)?;
    Ok(())
}

fn find_finding(conn: &mut AnyConnection, id: Uuid) -> Result<FindingRow, Error> {
    findings::table
        .filter(findings::id.eq(id.to_string()))
        .select(FindingRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound("finding"))
}

/// Whether the actor may see a finding: anyone once public, its jurisdiction's
/// inspectors and admins while a draft.
fn may_see(actor: &Actor, row: &FindingRow) -> Result<bool, Error> {
    Ok(
        parse_status(&row.status)?.is_public()
            || access::has_jurisdiction(actor, &row.jurisdiction),
    )
}

/// Reads a finding; drafts only for inspectors of its jurisdiction and admins.
pub fn get_finding(conn: &mut AnyConnection, actor: &Actor, id: Uuid) -> Result<Finding, Error> {
    let row = find_finding(conn, id)?;
    if !may_see(actor, &row)? {
        return Err(Error::NotFound("finding"));
    }
    load_finding(conn, id, access::has_jurisdiction(actor, &row.jurisdiction))
}

/// Moves a finding along draft → published → appealed → upheld | overturned.
/// Publishing applies its suspension and revocation sanctions to the organization's
/// licences of the finding's jurisdiction, through the same status change as a
/// manual one.
pub fn change_finding_status(
    conn: &mut AnyConnection,
    actor: &Actor,
    id: Uuid,
    input: &ChangeFindingStatus,
) -> Result<Finding, Error> {
    access::require_inspector_or_admin(actor)?;
    let mut v = Violations::new();
    let note = text::optional(&mut v, "note", input.note.as_deref(), MAX_REASON_CHARS);
    v.finish().map_err(Error::Validation)?;
    write_transaction(conn, |conn| {
        let row = find_finding(conn, id)?;
        if !may_see(actor, &row)? {
            return Err(Error::NotFound("finding"));
        }
        access::require_jurisdiction(actor, &row.jurisdiction)?;
        let current = parse_status(&row.status)?;
        let next = input.status;
        if !current.can_become(next) {
            return Err(Error::InvalidTransition {
                message: format!(
                    "a {} finding cannot become {}",
                    current.as_str(),
                    next.as_str()
                ),
                allowed: current
                    .allowed_next()
                    .iter()
                    .map(|s| s.as_str().to_string())
                    .collect(),
            });
        }
        let now = events::log::now();
        let published_at = if next == FindingStatus::Published {
            Some(now)
        } else {
            row.published_at
        };
        diesel::update(findings::table.filter(findings::id.eq(&row.id)))
            .set((
                findings::status.eq(next.as_str()),
                findings::updated_at.eq(now),
                findings::published_at.eq(published_at),
            ))
            .execute(conn)?;
        record_status(conn, actor, &row.id, Some(current), next, note, now)?;
        let finding = load_finding(conn, id, true)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: match next {
                    FindingStatus::Published => "finding.published",
                    _ => "finding.status_changed",
                },
                entity_type: "finding",
                entity_id: &row.id,
                data: &FindingEvent {
                    finding_id: &row.id,
                    organization_id: &row.organization_id,
                    from_status: Some(current),
                    status: next,
                    finding: Some(&public_view(&finding)),
                },
            },
        )?;
        if next == FindingStatus::Published {
            // Sanctions change licences, not the finding: no need to read it again.
            apply_sanctions(conn, actor, &row, &finding)?;
        }
        Ok(finding)
    })
}

/// Suspensions and revocations change the licences this authority issued.
fn apply_sanctions(
    conn: &mut AnyConnection,
    actor: &Actor,
    row: &FindingRow,
    finding: &Finding,
) -> Result<(), Error> {
    let reference = &finding.reference;
    for sanction in &finding.sanctions {
        let Some(target) = sanction.kind.changes_licence() else {
            continue;
        };
        // A suspension that has already ended changes nothing today.
        if sanction.ends_on.is_some_and(|end| end < today()) {
            continue;
        }
        let held: Vec<LicenceRow> = licences_table::table
            .filter(licences_table::organization_id.eq(&row.organization_id))
            .filter(licences_table::authority.eq(&row.jurisdiction))
            .select(LicenceRow::as_select())
            .load(conn)?;
        for licence in held {
            let current = effective_status(
                crate::domain::licence::LicenceStatus::parse(&licence.status)
                    .ok_or_else(|| Error::Internal("bad licence status".into()))?,
                licence.valid_until,
                today(),
            );
            if !current.can_become(target) {
                continue;
            }
            let change = ChangeLicenceStatus {
                status: target,
                reason: format!(
                    "{} after finding {reference}",
                    sanction_words(sanction.kind)
                ),
                effective_date: sanction.starts_on,
                finding_id: Some(finding.id),
                valid_until: None,
            };
            let id = parse_uuid(&licence.id)?;
            licences::change_status_in(conn, actor, id, &change, &change.reason)?;
        }
    }
    Ok(())
}

fn sanction_words(kind: SanctionKind) -> &'static str {
    match kind {
        SanctionKind::Suspension => "Suspended",
        SanctionKind::Revocation => "Revoked",
        _ => "Changed",
    }
}

/// What anyone may see of a finding: no complaint ids.
fn public_view(finding: &Finding) -> Finding {
    Finding {
        complaint_ids: None,
        ..finding.clone()
    }
}

/// Records a refund paid against a fee violation of a public finding.
pub fn record_refund(
    conn: &mut AnyConnection,
    actor: &Actor,
    id: Uuid,
    input: &NewRefund,
) -> Result<Finding, Error> {
    access::require_inspector_or_admin(actor)?;
    let mut v = Violations::new();
    let currency = check_currency(&mut v, "currency", &input.currency);
    if input.amount_minor <= 0 {
        v.add("amount_minor", "must be more than 0");
    }
    if input.workers.is_some_and(|w| w < 0) {
        v.add("workers", "must not be negative");
    }
    text::date_in_range(&mut v, "date", Some(input.date));
    v.finish().map_err(Error::Validation)?;
    let currency = currency.unwrap_or_default();
    write_transaction(conn, |conn| {
        let row = find_finding(conn, id)?;
        if !may_see(actor, &row)? {
            return Err(Error::NotFound("finding"));
        }
        access::require_jurisdiction(actor, &row.jurisdiction)?;
        let status = parse_status(&row.status)?;
        if !matches!(
            status,
            FindingStatus::Published | FindingStatus::Appealed | FindingStatus::Upheld
        ) {
            return Err(Error::Conflict(format!(
                "refunds are recorded on published findings; this one is {}",
                status.as_str()
            )));
        }
        let fees: Vec<FeeViolationRow> = fee_violations::table
            .filter(fee_violations::finding_id.eq(&row.id))
            .select(FeeViolationRow::as_select())
            .load(conn)?;
        let fee = match input.fee_violation_id {
            Some(wanted) => fees
                .iter()
                .find(|f| f.id == wanted.to_string())
                .ok_or_else(|| {
                    Error::invalid(
                        "fee_violation_id",
                        "this finding has no fee violation with this id",
                    )
                })?,
            None => match fees.as_slice() {
                [only] => only,
                [] => {
                    return Err(Error::invalid(
                        "fee_violation_id",
                        "this finding has no fee violation",
                    ))
                }
                _ => {
                    return Err(Error::invalid(
                        "fee_violation_id",
                        "this finding has several fee violations: name one",
                    ))
                }
            },
        };
        if fee.currency != currency {
            return Err(Error::invalid(
                "currency",
                format!(
                    "the fee violation is in {}; currencies never mix",
                    fee.currency
                ),
            ));
        }
        let paid: Vec<i64> = refunds::table
            .filter(refunds::fee_violation_id.eq(&fee.id))
            .select(refunds::amount_minor)
            .load(conn)?;
        let paid_so_far = paid.iter().try_fold(0_i64, |sum, p| sum.checked_add(*p));
        let outstanding = paid_so_far
            .map(|p| fee.refund_ordered_minor - p)
            .unwrap_or(0);
        if input.amount_minor > outstanding {
            return Err(Error::invalid(
                "amount_minor",
                format!("only {outstanding} (minor units of {currency}) of the ordered refund is outstanding"),
            ));
        }
        let now = events::log::now();
        let refund = RefundRow {
            id: Uuid::now_v7().to_string(),
            finding_id: row.id.clone(),
            fee_violation_id: fee.id.clone(),
            amount_minor: input.amount_minor,
            currency: currency.clone(),
            paid_on: input.date,
            workers: input.workers,
            actor: actor.label(),
            recorded_at: now,
        };
        diesel::insert_into(refunds::table)
            .values(&refund)
            .execute(conn)?;
        diesel::update(findings::table.filter(findings::id.eq(&row.id)))
            .set(findings::updated_at.eq(now))
            .execute(conn)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "refund.recorded",
                entity_type: "finding",
                entity_id: &row.id,
                data: &serde_json::json!({
                    "finding_id": row.id,
                    "organization_id": row.organization_id,
                    "refund_id": refund.id,
                    "fee_violation_id": refund.fee_violation_id,
                    "amount_minor": refund.amount_minor,
                    "currency": refund.currency,
                    "date": refund.paid_on,
                    "workers": refund.workers,
                }),
            },
        )?;
        load_finding(conn, id, true)
    })
}

/// Loads one finding with everything it decided. `inspector_view` adds complaint ids.
pub fn load_finding(
    conn: &mut AnyConnection,
    id: Uuid,
    inspector_view: bool,
) -> Result<Finding, Error> {
    let row = find_finding(conn, id)?;
    let mut loaded = load_many(conn, vec![row], inspector_view)?;
    loaded.pop().ok_or(Error::NotFound("finding"))
}

fn group<T>(rows: Vec<T>, key: impl Fn(&T) -> String) -> HashMap<String, Vec<T>> {
    let mut map: HashMap<String, Vec<T>> = HashMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}

fn load_many(
    conn: &mut AnyConnection,
    rows: Vec<FindingRow>,
    inspector_view: bool,
) -> Result<Vec<Finding>, Error> {
    let ids: Vec<&String> = rows.iter().map(|r| &r.id).collect();
    let org_ids: Vec<&String> = rows.iter().map(|r| &r.organization_id).collect();
    let names: HashMap<String, String> = organizations::table
        .filter(organizations::id.eq_any(&org_ids))
        .select((organizations::id, organizations::name))
        .load::<(String, String)>(conn)?
        .into_iter()
        .collect();
    let mut found_violations = group(
        violations::table
            .filter(violations::finding_id.eq_any(&ids))
            .order(violations::id)
            .select(ViolationRow::as_select())
            .load(conn)?,
        |r| r.finding_id.clone(),
    );
    let mut fees = group(
        fee_violations::table
            .filter(fee_violations::finding_id.eq_any(&ids))
            .order(fee_violations::id)
            .select(FeeViolationRow::as_select())
            .load(conn)?,
        |r| r.finding_id.clone(),
    );
    let mut found_sanctions = group(
        sanctions::table
            .filter(sanctions::finding_id.eq_any(&ids))
            .order(sanctions::id)
            .select(SanctionRow::as_select())
            .load(conn)?,
        |r| r.finding_id.clone(),
    );
    let mut paid = group(
        refunds::table
            .filter(refunds::finding_id.eq_any(&ids))
            .order(refunds::id)
            .select(RefundRow::as_select())
            .load(conn)?,
        |r| r.finding_id.clone(),
    );
    let mut histories = group(
        finding_status_changes::table
            .filter(finding_status_changes::finding_id.eq_any(&ids))
            .order(finding_status_changes::id)
            .select(FindingStatusChangeRow::as_select())
            .load(conn)?,
        |r| r.finding_id.clone(),
    );
    let mut complaint_links = group(
        finding_complaints::table
            .filter(finding_complaints::finding_id.eq_any(&ids))
            .select(FindingComplaintRow::as_select())
            .load(conn)?,
        |r| r.finding_id.clone(),
    );
    rows.into_iter()
        .map(|row| {
            let id = parse_uuid(&row.id)?;
            let refund_rows = paid.remove(&row.id).unwrap_or_default();
            let fee_rows = fees.remove(&row.id).unwrap_or_default();
            let fee_views = fee_rows
                .iter()
                .map(|f| {
                    let refunded = refund_rows
                        .iter()
                        .filter(|r| r.fee_violation_id == f.id)
                        .try_fold(0_i64, |sum, r| sum.checked_add(r.amount_minor))
                        .ok_or_else(|| Error::Internal("refund total overflows".into()))?;
                    Ok(FeeViolation {
                        id: parse_uuid(&f.id)?,
                        category: FeeCategory::parse(&f.category)
                            .ok_or_else(|| Error::Internal("bad fee category".into()))?,
                        amount_per_worker_minor: f.amount_per_worker_minor,
                        currency: f.currency.clone(),
                        workers_affected: f.workers_affected,
                        charged_minor: f
                            .amount_per_worker_minor
                            .checked_mul(f.workers_affected)
                            .ok_or_else(|| Error::Internal("fee total overflows".into()))?,
                        refund_ordered_minor: f.refund_ordered_minor,
                        refunded_minor: refunded,
                        outstanding_minor: (f.refund_ordered_minor - refunded).max(0),
                    })
                })
                .collect::<Result<Vec<_>, Error>>()?;
            let totals = fee_totals(
                &fee_rows
                    .iter()
                    .map(|f| FeeViolationAmounts {
                        currency: f.currency.clone(),
                        amount_per_worker_minor: f.amount_per_worker_minor,
                        workers_affected: f.workers_affected,
                        refund_ordered_minor: f.refund_ordered_minor,
                    })
                    .collect::<Vec<_>>(),
                &refund_rows
                    .iter()
                    .map(|r| RefundAmount {
                        currency: r.currency.clone(),
                        amount_minor: r.amount_minor,
                    })
                    .collect::<Vec<_>>(),
            )
            .map_err(|e| Error::Internal(format!("fee totals: {e}")))?;
            let complaint_ids = complaint_links
                .remove(&row.id)
                .unwrap_or_default()
                .iter()
                .map(|l| parse_uuid(&l.complaint_id))
                .collect::<Result<Vec<_>, Error>>()?;
            Ok(Finding {
                id,
                reference: reference(&id),
                organization_id: parse_uuid(&row.organization_id)?,
                organization_name: names.get(&row.organization_id).cloned().unwrap_or_default(),
                jurisdiction: row.jurisdiction,
                status: parse_status(&row.status)?,
                summary: row.summary,
                complaint_count: complaint_ids.len(),
                complaint_ids: inspector_view.then_some(complaint_ids),
                violations: found_violations
                    .remove(&row.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|x| {
                        Ok(Violation {
                            id: parse_uuid(&x.id)?,
                            category: ComplaintCategory::parse(&x.category)
                                .ok_or_else(|| Error::Internal("bad category".into()))?,
                            legal_basis: x.legal_basis,
                            description: x.description,
                            severity: Severity::parse(&x.severity)
                                .ok_or_else(|| Error::Internal("bad severity".into()))?,
                        })
                    })
                    .collect::<Result<Vec<_>, Error>>()?,
                fee_violations: fee_views,
                sanctions: found_sanctions
                    .remove(&row.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|s| {
                        Ok(Sanction {
                            id: parse_uuid(&s.id)?,
                            kind: SanctionKind::parse(&s.kind)
                                .ok_or_else(|| Error::Internal("bad sanction".into()))?,
                            amount_minor: s.amount_minor,
                            currency: s.currency,
                            starts_on: s.starts_on,
                            ends_on: s.ends_on,
                            description: s.description,
                        })
                    })
                    .collect::<Result<Vec<_>, Error>>()?,
                refunds: refund_rows
                    .iter()
                    .map(|r| {
                        Ok(Refund {
                            id: parse_uuid(&r.id)?,
                            fee_violation_id: parse_uuid(&r.fee_violation_id)?,
                            amount_minor: r.amount_minor,
                            currency: r.currency.clone(),
                            date: r.paid_on,
                            workers: r.workers,
                        })
                    })
                    .collect::<Result<Vec<_>, Error>>()?,
                fee_totals: totals,
                history: histories
                    .remove(&row.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|h| {
                        Ok(FindingStatusEntry {
                            from_status: h.from_status.as_deref().map(parse_status).transpose()?,
                            status: parse_status(&h.status)?,
                            note: h.note,
                            recorded_at: events::chain::format_time(h.recorded_at),
                        })
                    })
                    .collect::<Result<Vec<_>, Error>>()?,
                created_at: events::chain::format_time(row.created_at),
                published_at: row.published_at.map(events::chain::format_time),
            })
        })
        .collect()
}

/// Lists findings: public ones for everyone, plus drafts of the caller's jurisdictions.
pub fn list_findings(
    conn: &mut AnyConnection,
    actor: &Actor,
    filter: &FindingFilter,
) -> Result<FindingPage, Error> {
    let limit = super::paging::page_size(filter.limit)?;
    let mut query = findings::table.select(FindingRow::as_select()).into_boxed();
    let public: Vec<&str> = FindingStatus::ALL
        .iter()
        .filter(|s| s.is_public())
        .map(|s| s.as_str())
        .collect();
    query = match actor.role {
        Some(Role::Admin) => query,
        Some(Role::Inspector) => query.filter(
            findings::status
                .eq_any(public)
                .or(findings::jurisdiction.eq_any(actor.jurisdictions.clone())),
        ),
        _ => query.filter(findings::status.eq_any(public)),
    };
    if let Some(org) = filter.organization_id {
        query = query.filter(findings::organization_id.eq(org.to_string()));
    }
    if let Some(status) = filter.status {
        query = query.filter(findings::status.eq(status.as_str()));
    }
    if let Some(after) = super::paging::after(filter.cursor.as_deref())? {
        query = query.filter(findings::id.gt(after));
    }
    let rows: Vec<FindingRow> = query
        .order(findings::id.asc())
        .limit(limit + 1)
        .load(conn)?;
    let has_more = rows.len() as i64 > limit;
    let rows: Vec<FindingRow> = rows.into_iter().take(limit as usize).collect();
    let next_cursor = if has_more {
        rows.last().map(|r| r.id.clone())
    } else {
        None
    };
    let inspector = |row: &FindingRow| access::has_jurisdiction(actor, &row.jurisdiction);
    let views = rows.iter().map(inspector).collect::<Vec<_>>();
    let items = load_many(conn, rows, true)?
        .into_iter()
        .zip(views)
        .map(|(f, full)| if full { f } else { public_view(&f) })
        .collect();
    Ok(FindingPage { items, next_cursor })
}

/// Public findings of an organization, oldest first, for its profile.
pub fn public_findings_of(
    conn: &mut AnyConnection,
    organization_id: &str,
) -> Result<Vec<Finding>, Error> {
    let public: Vec<&str> = FindingStatus::ALL
        .iter()
        .filter(|s| s.is_public())
        .map(|s| s.as_str())
        .collect();
    let rows: Vec<FindingRow> = findings::table
        .filter(findings::organization_id.eq(organization_id))
        .filter(findings::status.eq_any(public))
        .order(findings::id.asc())
        .select(FindingRow::as_select())
        .load(conn)?;
    Ok(load_many(conn, rows, false)?
        .iter()
        .map(public_view)
        .collect())
}

/// Counts violations by category over findings, for the profile.
pub fn violation_counts(findings: &[Finding]) -> BTreeMap<String, i64> {
    let mut counts = BTreeMap::new();
    for finding in findings
        .iter()
        .filter(|f| f.status != FindingStatus::Overturned)
    {
        for v in &finding.violations {
            *counts.entry(v.category.as_str().to_string()).or_insert(0) += 1;
        }
    }
    counts
}
