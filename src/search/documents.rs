//! Reading what the index holds about organizations from the database: public
//! facts only (names, aliases, people's names, licences, sanctions, the count of
//! published findings, addresses and register contacts). Complaints are never read
//! here.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::{
    aliases, fee_violations, findings, licence_status_changes, licences, organization_people,
    organizations, people, register_listings, sanctions,
};
use crate::db::AnyConnection;
use crate::domain::finding::{sanction_in_force, FindingStatus, SanctionKind};
use crate::domain::licence::{effective_status, summary_status, LicenceStatus};
use crate::domain::organization::OrganizationKind;
use crate::error::Error;
use crate::import::entries::{address_key, contacts_of, Branch};

/// A licence as the index needs it: enough to say its status on any day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LicenceFacts {
    pub number: String,
    pub status: LicenceStatus,
    pub valid_until: Option<NaiveDate>,
    /// Effective date of its latest status change.
    pub status_since: Option<NaiveDate>,
}

/// A sanction of a standing published finding, with its period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SanctionFacts {
    pub kind: SanctionKind,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

/// One organization's document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationDocument {
    pub id: String,
    pub kind: OrganizationKind,
    pub name: String,
    pub country: String,
    pub aliases: Vec<String>,
    pub people: Vec<String>,
    pub licences: Vec<LicenceFacts>,
    pub sanctions: Vec<SanctionFacts>,
    /// Published findings that stand (published, appealed or upheld).
    pub published_findings: i64,
    /// Whether standing findings found illegal fees, and for how many workers at
    /// least (the largest count of one fee violation; 0 when unknown).
    pub illegal_fees: bool,
    pub illegal_fee_workers: i64,
    /// Ids of the linked people: one person record links organizations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub person_ids: Vec<String>,
    /// Keys of its people's names with their identifiers (see [`identity_keys`]),
    /// for links through two records of one person. Keyed digests, never the values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identities: Vec<String>,
    /// Contact keys of its addresses and register listings (`addr:`, `tel:`,
    /// `mail:`; see `import::entries::contacts_of`), for links by shared contact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<String>,
}

impl OrganizationDocument {
    /// Statuses of its licences on `as_of`.
    pub fn licence_statuses(&self, as_of: NaiveDate) -> Vec<LicenceStatus> {
        self.licences
            .iter()
            .map(|l| effective_status(l.status, l.valid_until, as_of))
            .collect()
    }

    /// The one status a list shows (see `summary_status`).
    pub fn licence_status(&self, as_of: NaiveDate) -> Option<LicenceStatus> {
        summary_status(self.licence_statuses(as_of))
    }

    /// The licence behind `licence_status` on `as_of`: for a valid licence the one
    /// valid longest, otherwise the latest to change.
    pub fn deciding_licence(&self, as_of: NaiveDate) -> Option<&LicenceFacts> {
        let status = self.licence_status(as_of)?;
        self.licences
            .iter()
            .filter(|l| effective_status(l.status, l.valid_until, as_of) == status)
            .max_by_key(|l| {
                if status == LicenceStatus::Active {
                    l.valid_until
                } else {
                    l.status_since
                }
            })
    }

    /// Kinds of sanctions whose period includes `as_of`.
    pub fn sanctions_in_force(&self, as_of: NaiveDate) -> Vec<SanctionKind> {
        let mut kinds = Vec::new();
        for s in &self.sanctions {
            if sanction_in_force(s.starts_on, s.ends_on, as_of) && !kinds.contains(&s.kind) {
                kinds.push(s.kind);
            }
        }
        kinds
    }

    /// The first day after `as_of` on which a status above changes by date alone:
    /// a licence passing its validity, a sanction starting or ending.
    pub fn next_change_after(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        let licence_days = self
            .licences
            .iter()
            .filter_map(|l| l.valid_until.and_then(|d| d.succ_opt()));
        let sanction_days = self.sanctions.iter().flat_map(|s| {
            [s.starts_on, s.ends_on.and_then(|d| d.succ_opt())]
                .into_iter()
                .flatten()
        });
        licence_days
            .chain(sanction_days)
            .filter(|d| *d > as_of)
            .min()
    }
}

fn bad_value(what: &str, value: &str) -> Error {
    Error::Internal(format!("unexpected {what} in database: {value}"))
}

/// Loads the documents of the given organizations (unknown ids are left out).
pub fn load(conn: &mut AnyConnection, ids: &[String]) -> Result<Vec<OrganizationDocument>, Error> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, String, String, String)> = organizations::table
            .filter(organizations::id.eq_any(chunk))
            .order(organizations::id.asc())
            .select((
                organizations::id,
                organizations::kind,
                organizations::name,
                organizations::country,
            ))
            .load(conn)?;
        out.extend(complete(conn, rows, Some(chunk), None)?);
    }
    Ok(out)
}

/// Loads up to `limit` documents in id order after `after` (empty for the first
/// page): the rebuild reads the whole registry this way, in ranges.
pub fn load_page(
    conn: &mut AnyConnection,
    after: &str,
    limit: i64,
) -> Result<Vec<OrganizationDocument>, Error> {
    let rows: Vec<(String, String, String, String)> = organizations::table
        .filter(organizations::id.gt(after))
        .order(organizations::id.asc())
        .limit(limit)
        .select((
            organizations::id,
            organizations::kind,
            organizations::name,
            organizations::country,
        ))
        .load(conn)?;
    let Some(last) = rows.last().map(|r| r.0.clone()) else {
        return Ok(Vec::new());
    };
    complete(conn, rows, None, Some((after, &last)))
}

/// Adds aliases, people, licences, sanctions and findings to organization rows,
/// reading each table once for the ids given, or for the id range (after, last].
fn complete(
    conn: &mut AnyConnection,
    rows: Vec<(String, String, String, String)>,
    ids: Option<&[String]>,
    range: Option<(&str, &str)>,
) -> Result<Vec<OrganizationDocument>, Error> {
    let mut alias_map: HashMap<String, Vec<String>> = HashMap::new();
    let mut people_map: HashMap<String, Vec<String>> = HashMap::new();
    let mut licence_map: HashMap<String, Vec<LicenceFacts>> = HashMap::new();
    let mut sanction_map: HashMap<String, Vec<SanctionFacts>> = HashMap::new();
    let mut findings_map: HashMap<String, i64> = HashMap::new();
    let mut fees_map: HashMap<String, i64> = HashMap::new();
    let mut since_map: HashMap<String, NaiveDate> = HashMap::new();
    let standing = FindingStatus::STANDING.map(FindingStatus::as_str);

    // Each read comes in two forms, by id list or by id range; the rows are the same.
    macro_rules! select_by {
        ($query:expr, $column:expr) => {
            match (ids, range) {
                (Some(ids), _) => $query.filter($column.eq_any(ids)).load(conn)?,
                (None, Some((after, last))) => $query
                    .filter($column.gt(after))
                    .filter($column.le(last))
                    .load(conn)?,
                (None, None) => Vec::new(),
            }
        };
    }

    let alias_rows: Vec<(String, String)> = select_by!(
        aliases::table.select((aliases::organization_id, aliases::name)),
        aliases::organization_id
    );
    for (organization, name) in alias_rows {
        alias_map.entry(organization).or_default().push(name);
    }
    type PersonRow = (String, String, String, Option<String>, Option<String>);
    let people_rows: Vec<PersonRow> = select_by!(
        organization_people::table
            .inner_join(people::table)
            .select((
                organization_people::organization_id,
                people::id,
                people::name,
                people::birth_date_digest,
                people::id_number_digest,
            )),
        organization_people::organization_id
    );
    let mut person_ids_map: HashMap<String, Vec<String>> = HashMap::new();
    let mut identities_map: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (organization, person, name, birth, id_number) in people_rows {
        let keys = identity_keys(&name, birth.as_deref(), id_number.as_deref());
        if !keys.is_empty() {
            identities_map
                .entry(organization.clone())
                .or_default()
                .extend(keys);
        }
        let ids = person_ids_map.entry(organization.clone()).or_default();
        if !ids.contains(&person) {
            ids.push(person);
        }
        let names = people_map.entry(organization).or_default();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let mut contacts_map: HashMap<String, BTreeSet<String>> = HashMap::new();
    let address_rows: Vec<(String, String)> = select_by!(
        organizations::table.select((organizations::id, organizations::addresses)),
        organizations::id
    );
    for (organization, addresses) in address_rows {
        let addresses: Vec<String> = serde_json::from_str(&addresses)?;
        if !addresses.is_empty() {
            contacts_map
                .entry(organization)
                .or_default()
                .extend(addresses.iter().map(|a| address_key(a)));
        }
    }
    let listing_rows: Vec<(String, String)> = select_by!(
        register_listings::table.select((
            register_listings::organization_id,
            register_listings::branches
        )),
        register_listings::organization_id
    );
    for (organization, branches) in listing_rows {
        let branches: Vec<Branch> = serde_json::from_str(&branches)?;
        contacts_map
            .entry(organization)
            .or_default()
            .extend(contacts_of(&branches));
    }
    let change_rows: Vec<(String, NaiveDate)> = select_by!(
        licence_status_changes::table
            .inner_join(licences::table)
            .select((licences::id, licence_status_changes::effective_date)),
        licences::organization_id
    );
    for (licence, date) in change_rows {
        let latest = since_map.entry(licence).or_insert(date);
        *latest = (*latest).max(date);
    }
    let licence_rows: Vec<(String, String, String, String, Option<NaiveDate>)> = select_by!(
        licences::table.select((
            licences::id,
            licences::organization_id,
            licences::number,
            licences::status,
            licences::valid_until,
        )),
        licences::organization_id
    );
    for (licence, organization, number, status, valid_until) in licence_rows {
        let status =
            LicenceStatus::parse(&status).ok_or_else(|| bad_value("licence status", &status))?;
        licence_map
            .entry(organization)
            .or_default()
            .push(LicenceFacts {
                number,
                status,
                valid_until,
                status_since: since_map.get(&licence).copied(),
            });
    }
    let sanction_rows: Vec<(String, String, Option<NaiveDate>, Option<NaiveDate>)> = select_by!(
        sanctions::table
            .inner_join(findings::table)
            .filter(findings::status.eq_any(standing))
            .select((
                findings::organization_id,
                sanctions::kind,
                sanctions::starts_on,
                sanctions::ends_on,
            )),
        findings::organization_id
    );
    for (organization, kind, starts_on, ends_on) in sanction_rows {
        let kind = SanctionKind::parse(&kind).ok_or_else(|| bad_value("sanction kind", &kind))?;
        sanction_map
            .entry(organization)
            .or_default()
            .push(SanctionFacts {
                kind,
                starts_on,
                ends_on,
            });
    }
    let finding_rows: Vec<String> = select_by!(
        findings::table
            .filter(findings::status.eq_any(standing))
            .select(findings::organization_id),
        findings::organization_id
    );
    for organization in finding_rows {
        *findings_map.entry(organization).or_default() += 1;
    }
    let fee_rows: Vec<(String, i64)> = select_by!(
        fee_violations::table
            .inner_join(findings::table)
            .filter(findings::status.eq_any(standing))
            .select((findings::organization_id, fee_violations::workers_affected)),
        findings::organization_id
    );
    // The several fees of one finding fall on the same workers: the largest count,
    // not the sum (as in the profile's fee totals).
    for (organization, workers) in fee_rows {
        let most = fees_map.entry(organization).or_default();
        *most = (*most).max(workers);
    }

    rows.into_iter()
        .map(|(id, kind, name, country)| {
            let kind = OrganizationKind::parse(&kind).ok_or_else(|| bad_value("kind", &kind))?;
            Ok(OrganizationDocument {
                aliases: alias_map.remove(&id).unwrap_or_default(),
                people: people_map.remove(&id).unwrap_or_default(),
                licences: licence_map.remove(&id).unwrap_or_default(),
                sanctions: sanction_map.remove(&id).unwrap_or_default(),
                published_findings: findings_map.remove(&id).unwrap_or_default(),
                illegal_fees: fees_map.contains_key(&id),
                illegal_fee_workers: fees_map.remove(&id).unwrap_or_default(),
                // Sorted: the database returns rows in no set order, and a rebuild
                // must equal the index built event by event.
                person_ids: {
                    let mut ids = person_ids_map.remove(&id).unwrap_or_default();
                    ids.sort_unstable();
                    ids
                },
                identities: identities_map
                    .remove(&id)
                    .map(|k| k.into_iter().collect())
                    .unwrap_or_default(),
                contacts: contacts_map
                    .remove(&id)
                    .map(|c| c.into_iter().collect())
                    .unwrap_or_default(),
                id,
                kind,
                name,
                country,
            })
        })
        .collect()
}

/// The organizations an event touches, given events as (entity type, entity id):
/// organizations directly, licences and findings through their organization.
/// Complaints, tokens and keys touch none.
pub fn organizations_touched(
    conn: &mut AnyConnection,
    events: &[(String, String)],
) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    let mut licence_ids = Vec::new();
    let mut finding_ids = Vec::new();
    let mut listing_ids = Vec::new();
    for (entity_type, entity_id) in events {
        match entity_type.as_str() {
            "organization" => out.push(entity_id.clone()),
            "licence" => licence_ids.push(entity_id.clone()),
            "finding" => finding_ids.push(entity_id.clone()),
            "listing" => listing_ids.push(entity_id.clone()),
            _ => {}
        }
    }
    for chunk in licence_ids.chunks(500) {
        let found: Vec<String> = licences::table
            .filter(licences::id.eq_any(chunk))
            .select(licences::organization_id)
            .load(conn)?;
        out.extend(found);
    }
    for chunk in finding_ids.chunks(500) {
        let found: Vec<String> = findings::table
            .filter(findings::id.eq_any(chunk))
            .select(findings::organization_id)
            .load(conn)?;
        out.extend(found);
    }
    for chunk in listing_ids.chunks(500) {
        let found: Vec<String> = register_listings::table
            .filter(register_listings::id.eq_any(chunk))
            .select(register_listings::organization_id)
            .load(conn)?;
        out.extend(found);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// The keys under which a person is found by name and identifier: `i:` name and
/// identity number; `b:` name and date of birth; `bn:` the same for a person without
/// an identity number. An identity number outweighs a date of birth (see
/// `domain::identity::compare`), so someone with a number matches by date only
/// people without one: [`matching_identity_key`] turns keys into what to look for.
pub fn identity_keys(name: &str, birth: Option<&str>, id_number: Option<&str>) -> Vec<String> {
    let name = crate::import::entries::fold(name);
    let mut out = Vec::new();
    if let Some(n) = id_number {
        out.push(format!("i:{name}:{n}"));
    }
    if let Some(b) = birth {
        out.push(format!("b:{name}:{b}"));
        if id_number.is_none() {
            out.push(format!("bn:{name}:{b}"));
        }
    }
    out
}

/// The keys of other records that are the same person as the one with `key`.
pub fn matching_identity_key(key: &str) -> Option<String> {
    if key.starts_with("i:") {
        Some(key.to_string())
    } else if let Some(rest) = key.strip_prefix("bn:") {
        Some(format!("b:{rest}"))
    } else {
        key.strip_prefix("b:").map(|rest| format!("bn:{rest}"))
    }
}
