//! Organizations: create, amend, read the profile, list with filters.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::access;
use super::complaints::{self, ComplaintCounts};
use super::findings::{self, Finding, Sanction};
use super::licences::{self, Licence};
use super::listings::{self, Listing};
use crate::crypto::Sealer;
use crate::db::rows::{AliasRow, OrganizationPersonRow, OrganizationRow, PersonRow};
use crate::db::schema::{
    aliases, licences as licences_table, organization_people, organizations, people,
};
use crate::db::{write_transaction, AnyConnection};
use crate::domain::country::parse_country;
use crate::domain::finding::sanction_in_force;
use crate::domain::finding::{
    accountability_summary, fee_totals, FeeTotals, FeeViolationAmounts, FindingStatus, LicenceFact,
    RefundAmount, SanctionKind, SummaryFacts,
};
use crate::domain::identity::Identity;
use crate::domain::licence::{summary_status, LicenceStatus};
use crate::domain::organization::{AliasKind, OrganizationKind, PersonRole};
use crate::domain::role::Actor;
use crate::domain::text::{self, MAX_CODE_CHARS, MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_REASON_CHARS};
use crate::domain::validation::Violations;
use crate::error::Error;
use crate::events::{self, NewEvent};
use crate::search::{Facets, OrganizationDocument};

const MAX_ALIASES: usize = 50;
const MAX_PEOPLE: usize = 50;
const MAX_ADDRESSES: usize = 20;

/// An alias to record with an organization.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAlias {
    /// The other name, in any script.
    pub name: String,
    pub kind: AliasKind,
}

/// A person to link: an existing person by `person_id` (so one person links several
/// organizations), or a new one by `name`.
#[derive(Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPersonLink {
    /// Id of a person already in the registry.
    pub person_id: Option<Uuid>,
    /// Full name of a new person; ignored when `person_id` is given.
    pub name: Option<String>,
    pub role: PersonRole,
    /// A new person's date of birth. Confidential: never shown, exported or written
    /// to the event log; used only to tell whether another person of the same name
    /// is the same person (see the network). Not accepted with `person_id`.
    #[serde(default)]
    pub date_of_birth: Option<NaiveDate>,
    /// A new person's passport or national identity number, in any punctuation and
    /// case. Confidential and used like `date_of_birth`; it outweighs it when both
    /// records have one.
    #[serde(default)]
    pub id_number: Option<String>,
}

/// Leaves the identifiers out, so a debug log line cannot leak them.
impl std::fmt::Debug for NewPersonLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewPersonLink")
            .field("person_id", &self.person_id)
            .field("name", &self.name)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// Body of `POST /api/v1/organizations`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"kind": "agency", "name": "हिमशिखर जनशक्ति प्रा. लि.", "country": "NP",
    "aliases": [{"name": "Himshikhar Manpower Pvt. Ltd.", "kind": "transliteration"}],
    "people": [{"name": "Ramesh Kafle", "role": "owner"}],
    "registration_number": "12345/067", "addresses": ["Ward 3, Kathmandu"], "website": "https://example.org"}))]
pub struct NewOrganization {
    pub kind: OrganizationKind,
    /// Registered name, in its own script. 1 to 300 characters.
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the country where it is registered.
    pub country: String,
    #[serde(default)]
    pub aliases: Vec<NewAlias>,
    #[serde(default)]
    pub people: Vec<NewPersonLink>,
    /// Company registration number, as written by the registrar.
    pub registration_number: Option<String>,
    /// Address lines, one per office or branch.
    #[serde(default)]
    pub addresses: Vec<String>,
    /// An http(s) URL.
    pub website: Option<String>,
}

/// Body of `PATCH /api/v1/organizations/{id}`: only the fields given change. Lists
/// (`aliases`, `people`, `addresses`) replace the recorded list. A new `name` keeps the
/// old one as a `former` alias.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Himal Shikhar Overseas Pvt. Ltd.", "reason": "Renamed by the company registrar on 2026-03-01"}))]
pub struct AmendOrganization {
    pub kind: Option<OrganizationKind>,
    pub name: Option<String>,
    pub country: Option<String>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "super::double_option")]
    #[schema(value_type = Option<String>)]
    pub registration_number: Option<Option<String>>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "super::double_option")]
    #[schema(value_type = Option<String>)]
    pub website: Option<Option<String>>,
    pub addresses: Option<Vec<String>>,
    pub aliases: Option<Vec<NewAlias>>,
    pub people: Option<Vec<NewPersonLink>>,
    /// Why the record changes; public, kept in the audit trail. Required.
    pub reason: String,
}

/// Another name of an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Alias {
    pub id: Uuid,
    pub name: String,
    pub kind: AliasKind,
}

/// A short reference to an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct OrganizationRef {
    pub id: Uuid,
    pub name: String,
    pub kind: OrganizationKind,
    pub country: String,
}

/// A person linked to the organization, with the other organizations they are linked to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct PersonLink {
    pub person_id: Uuid,
    pub name: String,
    pub role: PersonRole,
    /// Other organizations this same person owns, directs or manages.
    pub other_organizations: Vec<OrganizationRef>,
}

/// The public profile of an organization.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organization {
    pub id: Uuid,
    pub kind: OrganizationKind,
    pub name: String,
    pub country: String,
    pub registration_number: Option<String>,
    pub website: Option<String>,
    pub addresses: Vec<String>,
    pub aliases: Vec<Alias>,
    pub people: Vec<PersonLink>,
    /// Every licence with its status history, newest first.
    pub licences: Vec<Licence>,
    /// One status summarising the licences (any active licence wins, then suspended,
    /// revoked, pending, expired, cancelled); null without licences.
    pub licence_status: Option<LicenceStatus>,
    /// Entries in official licensing registers, with the file, date and rows each
    /// fact came from. Registers without licence numbers are known only here.
    pub listings: Vec<Listing>,
    /// Findings, illegal fees, sanctions and complaint counts, in figures and in words.
    pub accountability: Accountability,
    /// The date statuses were computed for (validity past this date reads as expired).
    pub as_of: NaiveDate,
    /// RFC 3339 UTC.
    pub created_at: String,
    pub updated_at: String,
}

/// What the registry holds against an organization, in figures and in plain words.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Accountability {
    /// Sentences that explain themselves, e.g. "Licence revoked on 3 May 2026 after
    /// finding F-…". Not a score.
    pub summary: Vec<String>,
    /// Published findings, including appealed, upheld and overturned ones (labelled by
    /// their status).
    pub findings: Vec<Finding>,
    /// Violations by category over findings that were not overturned.
    pub violation_counts: BTreeMap<String, i64>,
    /// Illegal fees per currency over findings that were not overturned: charged,
    /// refund ordered, refunded, outstanding (integer minor units).
    pub fee_totals: Vec<FeeTotals>,
    /// Sanctions of findings not overturned whose period includes today.
    pub sanctions_in_force: Vec<Sanction>,
    /// Complaints naming it, as counts only.
    pub complaints: ComplaintCounts,
}

/// One row of a list of organizations.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganizationSummary {
    pub id: Uuid,
    pub kind: OrganizationKind,
    pub name: String,
    pub country: String,
    /// The one status summarising its licences today; null without licences.
    pub licence_status: Option<LicenceStatus>,
    /// Kinds of sanctions in force today.
    pub sanctions_in_force: Vec<SanctionKind>,
    /// Published findings that stand (published, appealed or upheld).
    pub published_findings: i64,
    /// Relevance to `q`, only in search answers and only comparable within one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
}

impl OrganizationSummary {
    /// The list row of an organization document, with statuses as of `as_of`.
    pub fn from_document(
        doc: OrganizationDocument,
        as_of: NaiveDate,
        score: Option<f32>,
    ) -> Result<OrganizationSummary, Error> {
        Ok(OrganizationSummary {
            id: parse_uuid(&doc.id)?,
            licence_status: doc.licence_status(as_of),
            sanctions_in_force: doc.sanctions_in_force(as_of),
            published_findings: doc.published_findings,
            kind: doc.kind,
            name: doc.name,
            country: doc.country,
            score,
        })
    }
}

/// Filters and paging of `GET /api/v1/organizations`.
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrganizationFilter {
    /// Search text: names, aliases, people's names or a licence number, in any
    /// script, case or punctuation, with typos forgiven. Results are then ranked by
    /// relevance and the answer carries `facets`. At most 200 characters are read
    /// (the answer's `query` says when q was cut); any text is valid.
    pub q: Option<String>,
    /// Only organizations with (true) or without (false) a sanction in force today.
    /// Answered from the search index, like `q`.
    pub sanctioned: Option<bool>,
    /// `true`: only organizations, not sanctioned themselves, that share a person, an
    /// address, a telephone or an e-mail with one whose licence is revoked or
    /// suspended or that has a sanction in force (see the network operation).
    /// Answered from the search index, like `q`.
    pub linked_to_sanctioned: Option<bool>,
    /// Only organizations of this kind.
    pub kind: Option<OrganizationKind>,
    /// Only organizations registered in this country (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// Only organizations holding a licence in this status today.
    pub licence_status: Option<LicenceStatus>,
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// A page of organizations.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganizationPage {
    pub items: Vec<OrganizationSummary>,
    /// Pass as `cursor` for the next page; null on the last page.
    pub next_cursor: Option<String>,
    /// Search answers only: how many organizations match in all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<usize>,
    /// Search answers only: counts of all matches per kind, country, licence
    /// status and sanctioned (yes/no).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<Facets>,
    /// Search answers only: the query text actually used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<QueryUsed>,
}

/// The search text as read.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct QueryUsed {
    /// `q` trimmed, and cut to `max_chars` characters.
    pub q: String,
    /// True when `q` was longer than `max_chars` and was cut.
    pub truncated: bool,
    pub max_chars: usize,
}

pub(crate) struct CheckedOrganization {
    kind: OrganizationKind,
    name: String,
    country: String,
    registration_number: Option<String>,
    website: Option<String>,
    addresses: Vec<String>,
    aliases: Vec<(String, AliasKind)>,
    people: Vec<CheckedPerson>,
}

enum CheckedPerson {
    Existing(Uuid, PersonRole),
    New(String, PersonRole, Identity),
}

fn check_aliases(v: &mut Violations, list: &[NewAlias]) -> Vec<(String, AliasKind)> {
    if list.len() > MAX_ALIASES {
        v.add("aliases", format!("at most {MAX_ALIASES} aliases"));
    }
    list.iter()
        .enumerate()
        .filter_map(|(i, a)| {
            text::required(v, &format!("aliases[{i}].name"), &a.name, MAX_NAME_CHARS)
                .map(|name| (name, a.kind))
        })
        .collect()
}

fn check_people(v: &mut Violations, list: &[NewPersonLink]) -> Vec<CheckedPerson> {
    if list.len() > MAX_PEOPLE {
        v.add("people", format!("at most {MAX_PEOPLE} people"));
    }
    let mut checked = Vec::new();
    let as_of = today();
    for (i, p) in list.iter().enumerate() {
        let field = format!("people[{i}]");
        match (p.person_id, p.name.as_deref()) {
            (Some(id), _) => {
                if p.date_of_birth.is_some() || p.id_number.is_some() {
                    v.add(
                        field,
                        "date_of_birth and id_number describe a new person: give them with \
                         name, not with person_id",
                    );
                }
                checked.push(CheckedPerson::Existing(id, p.role));
            }
            (None, Some(name)) => {
                let identity =
                    Identity::check(v, &field, p.date_of_birth, p.id_number.as_deref(), as_of);
                if let Some(name) =
                    text::required(v, &format!("{field}.name"), name, MAX_NAME_CHARS)
                {
                    checked.push(CheckedPerson::New(name, p.role, identity));
                }
            }
            (None, None) => v.add(format!("people[{i}]"), "give either person_id or name"),
        }
    }
    checked
}

fn check_addresses(v: &mut Violations, list: &[String]) -> Vec<String> {
    if list.len() > MAX_ADDRESSES {
        v.add("addresses", format!("at most {MAX_ADDRESSES} addresses"));
    }
    list.iter()
        .enumerate()
        .filter_map(|(i, a)| text::required(v, &format!("addresses[{i}]"), a, MAX_LINE_CHARS))
        .collect()
}

fn check_website(v: &mut Violations, website: Option<&str>) -> Option<String> {
    let site = text::optional(v, "website", website, MAX_LINE_CHARS)?;
    let lower = site.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        Some(site)
    } else {
        v.add("website", "must be an http:// or https:// URL");
        None
    }
}

fn check_country(v: &mut Violations, field: &str, value: &str) -> Option<String> {
    let code = parse_country(value);
    if code.is_none() {
        v.add(field, "must be an ISO 3166-1 alpha-2 country code, e.g. NP");
    }
    code
}

pub(crate) fn check_new(input: &NewOrganization) -> Result<CheckedOrganization, Error> {
    let mut v = Violations::new();
    let name = text::required(&mut v, "name", &input.name, MAX_NAME_CHARS);
    let country = check_country(&mut v, "country", &input.country);
    let registration_number = text::optional(
        &mut v,
        "registration_number",
        input.registration_number.as_deref(),
        MAX_CODE_CHARS,
    );
    let website = check_website(&mut v, input.website.as_deref());
    let addresses = check_addresses(&mut v, &input.addresses);
    let aliases = check_aliases(&mut v, &input.aliases);
    let people = check_people(&mut v, &input.people);
    v.finish().map_err(Error::Validation)?;
    Ok(CheckedOrganization {
        kind: input.kind,
        name: name.unwrap_or_default(),
        country: country.unwrap_or_default(),
        registration_number,
        website,
        addresses,
        aliases,
        people,
    })
}

/// Creates an organization with its aliases and people.
pub fn create_organization(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    input: &NewOrganization,
) -> Result<Organization, Error> {
    access::require_inspector_or_admin(actor)?;
    let checked = check_new(input)?;
    let id = write_transaction(conn, |conn| {
        let known = people_names(conn, &checked.referenced_people())?;
        let prepared = prepare_organization(&checked, &known, sealer, events::log::now())?;
        let (id, record) = (prepared.id, prepared.record.clone());
        insert_organizations(conn, vec![prepared])?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "organization.created",
                entity_type: "organization",
                entity_id: &id.to_string(),
                data: &record,
            },
        )?;
        Ok(id)
    })?;
    load_profile(conn, id, today())
}

/// A person linked to an organization, as events record it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonRecord {
    pub person_id: Uuid,
    pub name: String,
    pub role: PersonRole,
    /// Which identifiers were given for a new person (`date_of_birth`, `id_number`),
    /// never their values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identified_by: Vec<&'static str>,
}

/// An organization as its `organization.created` and `organization.amended` events
/// record it: its own public fields, without figures derived from other records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganizationRecord {
    pub id: Uuid,
    pub kind: OrganizationKind,
    pub name: String,
    pub country: String,
    pub registration_number: Option<String>,
    pub website: Option<String>,
    pub addresses: Vec<String>,
    pub aliases: Vec<Alias>,
    pub people: Vec<PersonRecord>,
}

impl From<&Organization> for OrganizationRecord {
    fn from(o: &Organization) -> OrganizationRecord {
        OrganizationRecord {
            id: o.id,
            kind: o.kind,
            name: o.name.clone(),
            country: o.country.clone(),
            registration_number: o.registration_number.clone(),
            website: o.website.clone(),
            addresses: o.addresses.clone(),
            aliases: o.aliases.clone(),
            people: o
                .people
                .iter()
                .map(|p| PersonRecord {
                    person_id: p.person_id,
                    name: p.name.clone(),
                    role: p.role,
                    identified_by: Vec::new(),
                })
                .collect(),
        }
    }
}

/// The rows a new organization writes, and the record its event carries.
pub(crate) struct PreparedOrganization {
    pub id: Uuid,
    pub organization: OrganizationRow,
    pub aliases: Vec<AliasRow>,
    pub new_people: Vec<PersonRow>,
    pub links: Vec<OrganizationPersonRow>,
    pub record: OrganizationRecord,
}

impl CheckedOrganization {
    /// Ids of existing people the organization links to.
    pub(crate) fn referenced_people(&self) -> Vec<Uuid> {
        self.people
            .iter()
            .filter_map(|p| match p {
                CheckedPerson::Existing(id, _) => Some(*id),
                CheckedPerson::New(..) => None,
            })
            .collect()
    }
}

/// Names of the people with these ids; ids not in the registry are left out.
pub(crate) fn people_names(
    conn: &mut AnyConnection,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, String>, Error> {
    let mut names = HashMap::new();
    for chunk in ids.chunks(500) {
        let keys: Vec<String> = chunk.iter().map(Uuid::to_string).collect();
        let rows: Vec<(String, String)> = people::table
            .filter(people::id.eq_any(keys))
            .select((people::id, people::name))
            .load(conn)?;
        for (id, name) in rows {
            names.insert(parse_uuid(&id)?, name);
        }
    }
    Ok(names)
}

fn alias_rows(organization_id: &str, list: &[(String, AliasKind)]) -> Vec<AliasRow> {
    list.iter()
        .map(|(name, kind)| AliasRow {
            id: Uuid::now_v7().to_string(),
            organization_id: organization_id.into(),
            name: name.clone(),
            kind: kind.as_str().into(),
        })
        .collect()
}

/// New people, links, and the people as the event records them.
type PeopleRows = (
    Vec<PersonRow>,
    Vec<OrganizationPersonRow>,
    Vec<PersonRecord>,
);

/// Builds the person and link rows for `list`; `known` names the existing people.
/// The sealer keeps new people's identifiers.
fn people_rows(
    organization_id: &str,
    list: &[CheckedPerson],
    known: &HashMap<Uuid, String>,
    sealer: &Sealer,
    now: chrono::NaiveDateTime,
) -> Result<PeopleRows, Error> {
    let mut new_people = Vec::new();
    let mut links: Vec<OrganizationPersonRow> = Vec::new();
    let mut records = Vec::new();
    for (i, person) in list.iter().enumerate() {
        let (person_id, name, role, identified_by) = match person {
            CheckedPerson::Existing(id, role) => {
                let name = known.get(id).ok_or_else(|| {
                    Error::invalid(&format!("people[{i}].person_id"), "no person has this id")
                })?;
                (*id, name.clone(), *role, Vec::new())
            }
            CheckedPerson::New(name, role, identity) => {
                let id = Uuid::now_v7();
                let stored = identity.store(sealer, &id.to_string());
                new_people.push(PersonRow {
                    id: id.to_string(),
                    name: name.clone(),
                    created_at: now,
                    identity_sealed: stored.as_ref().map(|s| s.sealed.clone()),
                    birth_date_digest: stored.as_ref().and_then(|s| s.birth_date_digest.clone()),
                    id_number_digest: stored.and_then(|s| s.id_number_digest),
                });
                (id, name.clone(), *role, identity.recorded())
            }
        };
        let link = OrganizationPersonRow {
            organization_id: organization_id.into(),
            person_id: person_id.to_string(),
            role: role.as_str().into(),
        };
        let duplicate = links
            .iter()
            .any(|l| l.person_id == link.person_id && l.role == link.role);
        if !duplicate {
            links.push(link);
            records.push(PersonRecord {
                person_id,
                name,
                role,
                identified_by,
            });
        }
    }
    Ok((new_people, links, records))
}

/// Builds every row of a new organization without touching the database.
pub(crate) fn prepare_organization(
    checked: &CheckedOrganization,
    known_people: &HashMap<Uuid, String>,
    sealer: &Sealer,
    now: chrono::NaiveDateTime,
) -> Result<PreparedOrganization, Error> {
    let id = Uuid::now_v7();
    let organization = OrganizationRow {
        id: id.to_string(),
        kind: checked.kind.as_str().into(),
        name: checked.name.clone(),
        country: checked.country.clone(),
        registration_number: checked.registration_number.clone(),
        website: checked.website.clone(),
        addresses: serde_json::to_string(&checked.addresses)?,
        created_at: now,
        updated_at: now,
    };
    let aliases = alias_rows(&organization.id, &checked.aliases);
    let (new_people, links, people) =
        people_rows(&organization.id, &checked.people, known_people, sealer, now)?;
    let record = OrganizationRecord {
        id,
        kind: checked.kind,
        name: checked.name.clone(),
        country: checked.country.clone(),
        registration_number: checked.registration_number.clone(),
        website: checked.website.clone(),
        addresses: checked.addresses.clone(),
        aliases: aliases
            .iter()
            .zip(&checked.aliases)
            .map(|(row, (name, kind))| {
                Ok(Alias {
                    id: parse_uuid(&row.id)?,
                    name: name.clone(),
                    kind: *kind,
                })
            })
            .collect::<Result<_, Error>>()?,
        people,
    };
    Ok(PreparedOrganization {
        id,
        organization,
        aliases,
        new_people,
        links,
        record,
    })
}

/// Writes prepared organizations, many rows per statement.
pub(crate) fn insert_organizations(
    conn: &mut AnyConnection,
    prepared: Vec<PreparedOrganization>,
) -> Result<(), Error> {
    let mut organizations = Vec::with_capacity(prepared.len());
    let mut people = Vec::new();
    let mut aliases = Vec::new();
    let mut links = Vec::new();
    for p in prepared {
        organizations.push(p.organization);
        people.extend(p.new_people);
        aliases.extend(p.aliases);
        links.extend(p.links);
    }
    crate::insert_rows!(conn, organizations::table, &organizations);
    crate::insert_rows!(conn, people::table, &people);
    crate::insert_rows!(conn, aliases::table, &aliases);
    crate::insert_rows!(conn, organization_people::table, &links);
    Ok(())
}

/// What an amendment changed, as recorded in the event.
#[derive(Debug, Serialize)]
struct Amendment<'a> {
    reason: &'a str,
    changed: BTreeMap<&'static str, serde_json::Value>,
    organization: OrganizationRecord,
}

/// Amends an organization; the reason and every changed field go into the event.
pub fn amend_organization(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    id: Uuid,
    input: &AmendOrganization,
) -> Result<Organization, Error> {
    access::require_inspector_or_admin(actor)?;
    let mut v = Violations::new();
    let reason = text::required(&mut v, "reason", &input.reason, MAX_REASON_CHARS);
    let name = input
        .name
        .as_deref()
        .and_then(|n| text::required(&mut v, "name", n, MAX_NAME_CHARS));
    let country = input
        .country
        .as_deref()
        .and_then(|c| check_country(&mut v, "country", c));
    let registration_number = input
        .registration_number
        .as_ref()
        .map(|r| text::optional(&mut v, "registration_number", r.as_deref(), MAX_CODE_CHARS));
    let website = input
        .website
        .as_ref()
        .map(|w| check_website(&mut v, w.as_deref()));
    let addresses = input
        .addresses
        .as_deref()
        .map(|a| check_addresses(&mut v, a));
    let new_aliases = input.aliases.as_deref().map(|a| check_aliases(&mut v, a));
    let new_people = input.people.as_deref().map(|p| check_people(&mut v, p));
    v.finish().map_err(Error::Validation)?;
    let reason = reason.unwrap_or_default();

    write_transaction(conn, |conn| {
        let current = find_row(conn, id)?;
        if !actor_may_amend(conn, actor, &current)? {
            return Err(Error::Forbidden(format!(
                "this token's jurisdictions do not include {} nor any authority licensing this organization",
                current.country
            )));
        }
        let mut changed = BTreeMap::new();
        let mut row = current.clone();
        if let Some(kind) = input.kind.filter(|k| k.as_str() != current.kind) {
            row.kind = kind.as_str().into();
            changed.insert(
                "kind",
                serde_json::json!({"from": current.kind, "to": row.kind}),
            );
        }
        let mut aliases_list = new_aliases.clone();
        if let Some(name) = name.filter(|n| *n != current.name) {
            // The old name stays findable: phoenix agencies rename themselves.
            let former = (current.name.clone(), AliasKind::Former);
            match aliases_list.as_mut() {
                Some(list) => {
                    if !list.iter().any(|(n, _)| *n == current.name) {
                        list.push(former);
                    }
                }
                None => {
                    let rows = alias_rows(&row.id, &[former]);
                    crate::insert_rows!(conn, aliases::table, &rows);
                }
            }
            changed.insert(
                "name",
                serde_json::json!({"from": current.name, "to": name}),
            );
            row.name = name;
        }
        if let Some(country) = country.filter(|c| *c != current.country) {
            changed.insert(
                "country",
                serde_json::json!({"from": current.country, "to": country}),
            );
            row.country = country;
        }
        if let Some(reg) = registration_number.filter(|r| *r != current.registration_number) {
            changed.insert(
                "registration_number",
                serde_json::json!({"from": current.registration_number, "to": reg}),
            );
            row.registration_number = reg;
        }
        if let Some(site) = website.filter(|w| *w != current.website) {
            changed.insert(
                "website",
                serde_json::json!({"from": current.website, "to": site}),
            );
            row.website = site;
        }
        if let Some(addresses) = addresses {
            let encoded = serde_json::to_string(&addresses)?;
            if encoded != current.addresses {
                changed.insert("addresses", serde_json::json!({"to": addresses}));
                row.addresses = encoded;
            }
        }
        if let Some(list) = aliases_list {
            diesel::delete(aliases::table.filter(aliases::organization_id.eq(&row.id)))
                .execute(conn)?;
            let rows = alias_rows(&row.id, &list);
            crate::insert_rows!(conn, aliases::table, &rows);
            changed.insert(
                "aliases",
                serde_json::json!(list
                    .iter()
                    .map(|(n, k)| serde_json::json!({"name": n, "kind": k}))
                    .collect::<Vec<_>>()),
            );
        }
        if let Some(list) = new_people.as_deref() {
            diesel::delete(
                organization_people::table.filter(organization_people::organization_id.eq(&row.id)),
            )
            .execute(conn)?;
            let referenced: Vec<Uuid> = list
                .iter()
                .filter_map(|p| match p {
                    CheckedPerson::Existing(id, _) => Some(*id),
                    CheckedPerson::New(..) => None,
                })
                .collect();
            let known = people_names(conn, &referenced)?;
            let (new_rows, links, records) =
                people_rows(&row.id, list, &known, sealer, events::log::now())?;
            crate::insert_rows!(conn, people::table, &new_rows);
            crate::insert_rows!(conn, organization_people::table, &links);
            changed.insert("people", serde_json::json!(records));
        }
        if changed.is_empty() {
            return Err(Error::Conflict("the amendment changes nothing".into()));
        }
        row.updated_at = events::log::now();
        diesel::update(organizations::table.filter(organizations::id.eq(&row.id)))
            .set((
                organizations::kind.eq(&row.kind),
                organizations::name.eq(&row.name),
                organizations::country.eq(&row.country),
                organizations::registration_number.eq(&row.registration_number),
                organizations::website.eq(&row.website),
                organizations::addresses.eq(&row.addresses),
                organizations::updated_at.eq(row.updated_at),
            ))
            .execute(conn)?;
        let profile = load_profile(conn, id, today())?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "organization.amended",
                entity_type: "organization",
                entity_id: &row.id,
                data: &Amendment {
                    reason: &reason,
                    changed,
                    organization: OrganizationRecord::from(&profile),
                },
            },
        )?;
        Ok(profile)
    })
}

/// Inspectors amend organizations of their countries or licensed by their authorities.
fn actor_may_amend(
    conn: &mut AnyConnection,
    actor: &Actor,
    org: &OrganizationRow,
) -> Result<bool, Error> {
    if access::has_jurisdiction(actor, &org.country) {
        return Ok(true);
    }
    let authorities: Vec<String> = licences_table::table
        .filter(licences_table::organization_id.eq(&org.id))
        .select(licences_table::authority)
        .load(conn)?;
    Ok(authorities
        .iter()
        .any(|a| access::has_jurisdiction(actor, a)))
}

pub(crate) fn find_row(conn: &mut AnyConnection, id: Uuid) -> Result<OrganizationRow, Error> {
    organizations::table
        .filter(organizations::id.eq(id.to_string()))
        .select(OrganizationRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound("organization"))
}

/// Today's date in UTC: the date licence validity is judged on.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn parse_uuid(value: &str) -> Result<Uuid, Error> {
    Uuid::parse_str(value).map_err(|e| Error::Internal(format!("bad id in database: {e}")))
}

fn parse_kind(value: &str) -> Result<OrganizationKind, Error> {
    OrganizationKind::parse(value)
        .ok_or_else(|| Error::Internal(format!("bad organization kind {value:?}")))
}

/// Reads the full public profile.
pub fn get_organization(conn: &mut AnyConnection, id: Uuid) -> Result<Organization, Error> {
    load_profile(conn, id, today())
}

fn load_profile(
    conn: &mut AnyConnection,
    id: Uuid,
    as_of: NaiveDate,
) -> Result<Organization, Error> {
    let row = find_row(conn, id)?;
    let alias_rows: Vec<AliasRow> = aliases::table
        .filter(aliases::organization_id.eq(&row.id))
        .order(aliases::id.asc())
        .select(AliasRow::as_select())
        .load(conn)?;
    let aliases = alias_rows
        .into_iter()
        .map(|a| {
            Ok(Alias {
                id: parse_uuid(&a.id)?,
                kind: AliasKind::parse(&a.kind)
                    .ok_or_else(|| Error::Internal("bad alias kind".into()))?,
                name: a.name,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let people = load_people(conn, &row.id)?;
    let licences = licences::load_for_organization(conn, &row.id, as_of)?;
    let licence_status = summary_status(licences.iter().map(|l| l.status));
    let accountability = accountability(conn, &row, &licences, as_of)?;
    Ok(Organization {
        id: parse_uuid(&row.id)?,
        kind: parse_kind(&row.kind)?,
        name: row.name,
        country: row.country,
        registration_number: row.registration_number,
        website: row.website,
        addresses: serde_json::from_str(&row.addresses)?,
        aliases,
        people,
        licences,
        licence_status,
        listings: listings::load_for_organization(conn, &row.id)?,
        accountability,
        as_of,
        created_at: events::chain::format_time(row.created_at),
        updated_at: events::chain::format_time(row.updated_at),
    })
}

fn load_people(conn: &mut AnyConnection, organization_id: &str) -> Result<Vec<PersonLink>, Error> {
    let links: Vec<(String, String, String)> = organization_people::table
        .inner_join(people::table)
        .filter(organization_people::organization_id.eq(organization_id))
        .order((people::name.asc(), organization_people::role.asc()))
        .select((people::id, people::name, organization_people::role))
        .load(conn)?;
    let person_ids: Vec<&String> = links.iter().map(|(id, _, _)| id).collect();
    let others: Vec<(String, String, String, String, String)> = organization_people::table
        .inner_join(organizations::table)
        .filter(organization_people::person_id.eq_any(person_ids))
        .filter(organization_people::organization_id.ne(organization_id))
        .order(organizations::name.asc())
        .select((
            organization_people::person_id,
            organizations::id,
            organizations::name,
            organizations::kind,
            organizations::country,
        ))
        .distinct()
        .load(conn)?;
    let mut by_person: HashMap<&str, Vec<OrganizationRef>> = HashMap::new();
    for (person_id, org_id, name, kind, country) in &others {
        by_person
            .entry(person_id)
            .or_default()
            .push(OrganizationRef {
                id: parse_uuid(org_id)?,
                name: name.clone(),
                kind: parse_kind(kind)?,
                country: country.clone(),
            });
    }
    links
        .iter()
        .map(|(person_id, name, role)| {
            Ok(PersonLink {
                person_id: parse_uuid(person_id)?,
                name: name.clone(),
                role: PersonRole::parse(role).ok_or_else(|| Error::Internal("bad role".into()))?,
                other_organizations: by_person
                    .get(person_id.as_str())
                    .cloned()
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// The `country` filter of a list or search, as an upper-case code; 422 otherwise.
pub fn country_filter(country: &str) -> Result<String, Error> {
    parse_country(country).ok_or_else(|| {
        Error::invalid(
            "country",
            "must be an ISO 3166-1 alpha-2 country code, e.g. NP",
        )
    })
}

/// Lists organizations in creation order with filters, one page at a time.
pub fn list_organizations(
    conn: &mut AnyConnection,
    filter: &OrganizationFilter,
) -> Result<OrganizationPage, Error> {
    let limit = super::paging::page_size(filter.limit)?;
    let as_of = today();
    let mut query = organizations::table
        .select(OrganizationRow::as_select())
        .into_boxed();
    if let Some(kind) = filter.kind {
        query = query.filter(organizations::kind.eq(kind.as_str()));
    }
    if let Some(country) = filter.country.as_deref() {
        let code = country_filter(country)?;
        query = query.filter(organizations::country.eq(code));
    }
    if let Some(status) = filter.licence_status {
        query = query.filter(licences::holds_licence_in(status, as_of));
    }
    if let Some(after) = super::paging::after(filter.cursor.as_deref())? {
        query = query.filter(organizations::id.gt(after));
    }
    let rows: Vec<OrganizationRow> = query
        .order(organizations::id.asc())
        .limit(limit + 1)
        .load(conn)?;
    let has_more = rows.len() as i64 > limit;
    let rows: Vec<OrganizationRow> = rows.into_iter().take(limit as usize).collect();
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let items = crate::search::documents::load(conn, &ids)?
        .into_iter()
        .map(|doc| OrganizationSummary::from_document(doc, as_of, None))
        .collect::<Result<Vec<_>, Error>>()?;
    let next_cursor = if has_more {
        rows.last().map(|r| r.id.clone())
    } else {
        None
    };
    Ok(OrganizationPage {
        items,
        next_cursor,
        total: None,
        facets: None,
        query: None,
    })
}

/// Gathers findings, fees, sanctions and complaint counts, and says them in words.
fn accountability(
    conn: &mut AnyConnection,
    row: &OrganizationRow,
    licences: &[Licence],
    as_of: NaiveDate,
) -> Result<Accountability, Error> {
    let findings = findings::public_findings_of(conn, &row.id)?;
    let standing: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status != FindingStatus::Overturned)
        .collect();
    let fee_amounts: Vec<FeeViolationAmounts> = standing
        .iter()
        .flat_map(|f| &f.fee_violations)
        .map(|v| FeeViolationAmounts {
            currency: v.currency.clone(),
            amount_per_worker_minor: v.amount_per_worker_minor,
            workers_affected: v.workers_affected,
            refund_ordered_minor: v.refund_ordered_minor,
        })
        .collect();
    let refund_amounts: Vec<RefundAmount> = standing
        .iter()
        .flat_map(|f| &f.refunds)
        .map(|r| RefundAmount {
            currency: r.currency.clone(),
            amount_minor: r.amount_minor,
        })
        .collect();
    let fee_totals = fee_totals(&fee_amounts, &refund_amounts)
        .map_err(|e| Error::Internal(format!("fee totals: {e}")))?;
    let sanctions_in_force: Vec<Sanction> = standing
        .iter()
        .flat_map(|f| &f.sanctions)
        .filter(|s| sanction_in_force(s.starts_on, s.ends_on, as_of))
        .cloned()
        .collect();
    let complaints = complaints::counts_for_organization(conn, &row.id)?;
    // The latest suspension or revocation, with the finding it followed.
    let licence_events: Vec<LicenceFact> = licences
        .iter()
        .flat_map(|l| &l.history)
        .filter(|h| matches!(h.status, LicenceStatus::Revoked | LicenceStatus::Suspended))
        .max_by_key(|h| (h.effective_date, h.recorded_at.clone()))
        .map(|h| LicenceFact {
            status: h.status,
            date: h.effective_date,
            finding_reference: h.finding_id.as_ref().map(findings::reference),
        })
        .into_iter()
        .collect();
    let summary = accountability_summary(&SummaryFacts {
        organization_name: row.name.clone(),
        licence_events,
        published_findings: standing.len(),
        fee_totals: fee_totals.clone(),
        sanctions_in_force: sanctions_in_force.iter().map(|s| s.kind).collect(),
        open_complaints: complaints.open,
        total_complaints: complaints.total,
    });
    Ok(Accountability {
        summary,
        violation_counts: findings::violation_counts(&findings),
        findings,
        fee_totals,
        sanctions_in_force,
        complaints,
    })
}
