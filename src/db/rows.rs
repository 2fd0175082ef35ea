//! Row structs: what a table row holds, and what an insert writes. `None` is
//! written as NULL (not DEFAULT) so that SQLite can insert many rows in one statement.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = organizations, treat_none_as_default_value = false)]
pub struct OrganizationRow {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub country: String,
    pub registration_number: Option<String>,
    pub website: Option<String>,
    /// JSON array of address lines.
    pub addresses: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = aliases)]
pub struct AliasRow {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub kind: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = people)]
pub struct PersonRow {
    pub id: String,
    pub name: String,
    pub created_at: NaiveDateTime,
    /// Date of birth and identity number, sealed: confidential.
    pub identity_sealed: Option<String>,
    /// Keyed digests of each, to compare two records without opening them.
    pub birth_date_digest: Option<String>,
    pub id_number_digest: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = organization_people)]
pub struct OrganizationPersonRow {
    pub organization_id: String,
    pub person_id: String,
    pub role: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = licences, treat_none_as_default_value = false)]
pub struct LicenceRow {
    pub id: String,
    pub organization_id: String,
    pub authority: String,
    pub authority_name: String,
    pub number: String,
    pub number_normalised: String,
    pub licence_type: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = licence_status_changes, treat_none_as_default_value = false)]
pub struct LicenceStatusChangeRow {
    pub id: String,
    pub licence_id: String,
    pub from_status: Option<String>,
    pub status: String,
    pub reason: Option<String>,
    pub effective_date: NaiveDate,
    pub finding_id: Option<String>,
    pub actor: String,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = events)]
pub struct EventRow {
    pub seq: i64,
    pub at: NaiveDateTime,
    pub actor: String,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    /// Public payload as JSON text; hashed exactly as stored.
    pub data: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_tokens, treat_none_as_default_value = false)]
pub struct TokenRow {
    pub id: String,
    pub name: String,
    pub role: String,
    /// Comma-separated ISO country codes.
    pub jurisdictions: String,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = complaints, treat_none_as_default_value = false)]
pub struct ComplaintRow {
    pub id: String,
    pub receipt_digest: String,
    /// The receipt, sealed: lets a key rotation recompute the digest.
    pub receipt_sealed: String,
    pub status: String,
    /// Comma-separated category names.
    pub categories: String,
    pub narrative_sealed: Option<String>,
    /// Sealed JSON of the complainant's name and contact.
    pub complainant_sealed: Option<String>,
    pub sex: Option<String>,
    pub age_band: Option<String>,
    pub nationality: Option<String>,
    pub sector: Option<String>,
    pub preferred_language: Option<String>,
    pub consent_to_contact: bool,
    pub filed_by: String,
    /// The token that filed it, so a consulate can follow its own complaints.
    pub filed_by_token: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = complaint_countries)]
pub struct ComplaintCountryRow {
    pub complaint_id: String,
    pub country: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = complaint_respondents, treat_none_as_default_value = false)]
pub struct ComplaintRespondentRow {
    pub id: String,
    pub complaint_id: String,
    pub organization_id: Option<String>,
    pub name: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = complaint_status_changes, treat_none_as_default_value = false)]
pub struct ComplaintStatusChangeRow {
    pub id: String,
    pub complaint_id: String,
    pub from_status: Option<String>,
    pub status: String,
    pub note_sealed: Option<String>,
    pub actor: String,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = findings, treat_none_as_default_value = false)]
pub struct FindingRow {
    pub id: String,
    pub organization_id: String,
    pub jurisdiction: String,
    pub status: String,
    pub summary: Option<String>,
    pub created_by: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub published_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = finding_complaints)]
pub struct FindingComplaintRow {
    pub finding_id: String,
    pub complaint_id: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = violations, treat_none_as_default_value = false)]
pub struct ViolationRow {
    pub id: String,
    pub finding_id: String,
    pub category: String,
    pub legal_basis: Option<String>,
    pub description: Option<String>,
    pub severity: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = fee_violations)]
pub struct FeeViolationRow {
    pub id: String,
    pub finding_id: String,
    pub category: String,
    pub amount_per_worker_minor: i64,
    pub currency: String,
    pub workers_affected: i64,
    pub refund_ordered_minor: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sanctions, treat_none_as_default_value = false)]
pub struct SanctionRow {
    pub id: String,
    pub finding_id: String,
    pub kind: String,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = refunds, treat_none_as_default_value = false)]
pub struct RefundRow {
    pub id: String,
    pub finding_id: String,
    pub fee_violation_id: String,
    pub amount_minor: i64,
    pub currency: String,
    pub paid_on: NaiveDate,
    pub workers: Option<i64>,
    pub actor: String,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = finding_status_changes, treat_none_as_default_value = false)]
pub struct FindingStatusChangeRow {
    pub id: String,
    pub finding_id: String,
    pub from_status: Option<String>,
    pub status: String,
    pub note: Option<String>,
    pub actor: String,
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhooks, treat_none_as_default_value = false)]
pub struct WebhookRow {
    pub id: String,
    pub url: String,
    /// The signing secret, sealed with the data key.
    pub secret_sealed: String,
    /// JSON array of ISO country codes.
    pub countries: String,
    /// JSON array of organization ids.
    pub organization_ids: String,
    /// Id of the token that registered it.
    pub owner_token: String,
    pub state: String,
    /// The last seq delivered or passed over as not matching.
    pub cursor: i64,
    /// Failed attempts in a row.
    pub attempts: i32,
    pub next_attempt_at: Option<NaiveDateTime>,
    pub failing_since: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub last_delivered_at: Option<NaiveDateTime>,
    pub disabled_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = register_listings, treat_none_as_default_value = false)]
pub struct RegisterListingRow {
    pub id: String,
    pub organization_id: String,
    pub authority: String,
    pub register_name: String,
    pub name_key: String,
    pub status: String,
    /// The year or date the register gives as the start, as written.
    pub since: Option<String>,
    /// JSON array of the register's categories.
    pub categories: String,
    /// JSON array of branches: row, address, telephone, fax, e-mail.
    pub branches: String,
    pub source_name: String,
    pub source_sha256: String,
    pub source_date: NaiveDate,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = import_reviews, treat_none_as_default_value = false)]
pub struct ImportReviewRow {
    pub id: String,
    pub authority: String,
    pub name_key: String,
    pub candidate_id: String,
    pub rule: String,
    pub score: f64,
    pub explanation: String,
    /// JSON of the held entry.
    pub entry: String,
    pub source_name: String,
    pub source_sha256: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
}
