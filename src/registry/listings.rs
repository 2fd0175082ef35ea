//! An organization's entries in official registers, as its profile shows them.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::imports::{rows_label, SourceRef};
use crate::db::rows::RegisterListingRow;
use crate::db::schema::register_listings;
use crate::db::AnyConnection;
use crate::error::Error;
use crate::import::Branch;

/// The organization's entry in an official licensing register.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[schema(example = json!({"authority": "HK", "register_name": "HK Labour Department register",
    "status": "listed", "since": "2017", "categories": ["Foreign Domestic Helpers"],
    "branches": [{"row": 1843, "address": "Unit D, 11th floor, 1 Example Terrace, Central, Central and Western District",
        "telephone": "2000 0000", "fax": null, "email": null}],
    "source": {"name": "hk-employment-agencies-2021-12-28.csv", "sha256": "9f2c…", "date": "2021-12-28"},
    "provenance": "HK Labour Department register, 2021-12-28, row 1843"}))]
pub struct Listing {
    /// The licensing authority's country (ISO 3166-1 alpha-2).
    pub authority: String,
    pub register_name: String,
    /// `listed`; `expired` or `cancelled` once a later register no longer has it.
    pub status: String,
    /// When the register says the organization was first licensed, as written.
    pub since: Option<String>,
    /// The register's categories, e.g. placement types.
    pub categories: Vec<String>,
    /// One per row of the register: offices with their contact details.
    pub branches: Vec<Branch>,
    /// The file that last changed this listing.
    pub source: SourceRef,
    /// The same in words: register, publication date, rows.
    pub provenance: String,
}

impl Listing {
    fn from_row(row: RegisterListingRow) -> Result<Listing, Error> {
        let branches: Vec<Branch> = serde_json::from_str(&row.branches)?;
        let rows: Vec<u64> = branches.iter().map(|b| b.row).collect();
        Ok(Listing {
            provenance: format!(
                "{}, {}, {}",
                row.register_name,
                row.source_date,
                rows_label(&rows)
            ),
            authority: row.authority,
            register_name: row.register_name,
            status: row.status,
            since: row.since,
            categories: serde_json::from_str(&row.categories)?,
            branches,
            source: SourceRef {
                name: row.source_name,
                sha256: row.source_sha256,
                date: row.source_date,
            },
        })
    }

    /// The publication date of the file behind it.
    pub fn source_date(&self) -> NaiveDate {
        self.source.date
    }
}

pub fn load_for_organization(
    conn: &mut AnyConnection,
    organization_id: &str,
) -> Result<Vec<Listing>, Error> {
    register_listings::table
        .filter(register_listings::organization_id.eq(organization_id))
        .order(register_listings::id.asc())
        .select(RegisterListingRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Listing::from_row)
        .collect()
}
