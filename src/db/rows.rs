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
