//! Complaints: filed by anyone (anonymous by default), followed by receipt, handled
//! by inspectors of the countries where the abuse happened.
//!
//! Confidential fields (the complainant's name and contact, the narrative, inspector
//! notes) are sealed before they reach the database and opened only for callers who
//! may see them. None of the request or view types here derive `Debug`, so they
//! cannot end up in a log line by accident.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::access;
use crate::crypto::Sealer;
use crate::db::rows::{
    ComplaintCountryRow, ComplaintRespondentRow, ComplaintRow, ComplaintStatusChangeRow,
};
use crate::db::schema::{
    complaint_countries, complaint_respondents, complaint_status_changes, complaints, organizations,
};
use crate::db::{write_transaction, AnyConnection};
use crate::domain::complaint::{AgeBand, ComplaintCategory, ComplaintStatus, Sector, Sex};
use crate::domain::country::parse_country;
use crate::domain::receipt::Receipt;
use crate::domain::role::{Actor, Role};
use crate::domain::text::{self, MAX_NAME_CHARS, MAX_REASON_CHARS};
use crate::domain::validation::Violations;
use crate::error::Error;
use crate::events::{self, NewEvent};

/// Longest narrative accepted, in characters.
pub const MAX_NARRATIVE_CHARS: usize = 20_000;
const MAX_RESPONDENTS: usize = 10;
const MAX_COUNTRIES: usize = 10;

/// Who the complaint is about: a registered organization by id, or a name and
/// country when the worker does not know the registered entity.
#[derive(Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRespondent {
    pub organization_id: Option<Uuid>,
    /// The name the worker knows it by.
    pub name: Option<String>,
    /// ISO 3166-1 alpha-2 country where it operates.
    pub country: Option<String>,
}

/// The person complaining. Every field is optional; name and contact are sealed at
/// rest and shown only to inspectors with jurisdiction.
#[derive(Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewComplainant {
    pub name: Option<String>,
    /// Phone, e-mail or messaging handle, if she wants to be contacted.
    pub contact: Option<String>,
    pub sex: Option<Sex>,
    pub age_band: Option<AgeBand>,
    /// ISO 3166-1 alpha-2 country of nationality.
    pub nationality: Option<String>,
    /// Occupation or sector, e.g. domestic_work.
    pub sector: Option<Sector>,
}

/// Body of `POST /api/v1/complaints`.
#[derive(Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"respondents": [{"name": "Sunrise Manpower", "country": "NP"}],
    "categories": ["recruitment_fee", "document_retention"], "narrative": "They took my passport at the airport.",
    "incident_countries": ["QA"], "complainant": {"sex": "female", "sector": "domestic_work", "nationality": "NP"},
    "preferred_language": "ne", "consent_to_contact": false}))]
pub struct NewComplaint {
    /// One to ten organizations or persons complained about.
    pub respondents: Vec<NewRespondent>,
    /// What happened; one or more categories.
    pub categories: Vec<ComplaintCategory>,
    /// The worker's account, up to 20,000 characters. Sealed at rest.
    pub narrative: Option<String>,
    /// ISO 3166-1 alpha-2 countries where it happened (decides which inspectors see it).
    pub incident_countries: Vec<String>,
    /// Anonymous when absent.
    pub complainant: Option<NewComplainant>,
    /// BCP 47 language tag for replies, e.g. `ne`, `ar`, `fil`.
    pub preferred_language: Option<String>,
    /// Whether an inspector may contact her.
    #[serde(default)]
    pub consent_to_contact: bool,
}

/// What the filer keeps: the receipt, shown once.
#[derive(Serialize, ToSchema)]
pub struct FiledComplaint {
    pub id: Uuid,
    /// Keep this: it is the only way to check the complaint's status. Case and dashes
    /// do not matter when typing it.
    pub receipt: String,
    pub status: ComplaintStatus,
    /// RFC 3339 UTC.
    pub filed_at: String,
}

/// What a receipt holder sees: status, dates and public next steps only.
#[derive(Serialize, ToSchema)]
pub struct ReceiptStatus {
    pub status: ComplaintStatus,
    pub filed_on: NaiveDate,
    pub updated_on: NaiveDate,
    /// What happens now, in plain words.
    pub next_steps: String,
}

/// A respondent as inspectors see it.
#[derive(Serialize, ToSchema)]
pub struct Respondent {
    pub organization_id: Option<Uuid>,
    /// The registered name when linked, else the name the worker gave.
    pub name: Option<String>,
    pub country: Option<String>,
}

/// The complainant as inspectors with jurisdiction see it.
#[derive(Serialize, Deserialize, ToSchema, Default)]
pub struct Complainant {
    pub name: Option<String>,
    pub contact: Option<String>,
    pub sex: Option<Sex>,
    pub age_band: Option<AgeBand>,
    pub nationality: Option<String>,
    pub sector: Option<Sector>,
}

/// One step of a complaint's workflow.
#[derive(Serialize, ToSchema)]
pub struct ComplaintStatusEntry {
    pub from_status: Option<ComplaintStatus>,
    pub status: ComplaintStatus,
    /// The inspector's note; sealed at rest, shown to inspectors and admins only.
    pub note: Option<String>,
    /// `public`, or the role and token id that made the change.
    pub actor: String,
    pub recorded_at: String,
}

/// A complaint in full, for inspectors with jurisdiction, admins, and the consulate
/// that filed it.
#[derive(Serialize, ToSchema)]
pub struct ComplaintDetail {
    pub id: Uuid,
    pub status: ComplaintStatus,
    /// Statuses the workflow allows next.
    pub allowed_next: Vec<ComplaintStatus>,
    pub categories: Vec<ComplaintCategory>,
    pub incident_countries: Vec<String>,
    pub respondents: Vec<Respondent>,
    pub narrative: Option<String>,
    pub complainant: Complainant,
    pub preferred_language: Option<String>,
    pub consent_to_contact: bool,
    /// `public`, or the role and token id that filed it.
    pub filed_by: String,
    pub history: Vec<ComplaintStatusEntry>,
    pub created_at: String,
    pub updated_at: String,
}

/// A row of the inspectors' complaint list (no confidential text).
#[derive(Serialize, ToSchema)]
pub struct ComplaintSummary {
    pub id: Uuid,
    pub status: ComplaintStatus,
    pub categories: Vec<ComplaintCategory>,
    pub incident_countries: Vec<String>,
    pub respondents: Vec<Respondent>,
    pub created_at: String,
    pub updated_at: String,
}

/// Filters of `GET /api/v1/complaints`.
#[derive(Clone, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ComplaintFilter {
    pub status: Option<ComplaintStatus>,
    /// Only complaints about this organization.
    pub organization_id: Option<Uuid>,
    /// Page size, 1 to 100 (default 20).
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// A page of complaints.
#[derive(Serialize, ToSchema)]
pub struct ComplaintPage {
    pub items: Vec<ComplaintSummary>,
    pub next_cursor: Option<String>,
}

/// Body of `POST /api/v1/complaints/{id}/status`.
#[derive(Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"status": "under_review", "note": "Called the worker; passport still held by the employer."}))]
pub struct ChangeComplaintStatus {
    pub status: ComplaintStatus,
    /// For inspectors only; sealed at rest.
    pub note: Option<String>,
}

/// Complaint counts by status, the only thing the public learns about complaints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ComplaintCounts {
    pub total: i64,
    /// Complaints not yet closed (received, under review, investigating).
    pub open: i64,
    /// Count per status; statuses without complaints are left out.
    pub by_status: BTreeMap<String, i64>,
}

/// The public payload of complaint events: ids and statuses only.
#[derive(Serialize)]
struct ComplaintEvent<'a> {
    complaint_id: &'a str,
    organization_ids: &'a [String],
    from_status: Option<ComplaintStatus>,
    status: ComplaintStatus,
}

/// The sealed part of a complainant.
#[derive(Serialize, Deserialize, Default)]
struct Identity {
    name: Option<String>,
    contact: Option<String>,
}

enum CheckedRespondent {
    Registered(Uuid),
    Named(String, String),
}

struct CheckedComplaint {
    respondents: Vec<CheckedRespondent>,
    categories: Vec<ComplaintCategory>,
    narrative: Option<String>,
    countries: Vec<String>,
    identity: Identity,
    complainant: NewComplainant,
    nationality: Option<String>,
    preferred_language: Option<String>,
}

/// Like `text::optional` but keeps line breaks: narratives and notes are prose.
fn prose(v: &mut Violations, field: &str, value: Option<&str>, max: usize) -> Option<String> {
    let value = value.map(str::trim).filter(|s| !s.is_empty())?;
    if value.chars().count() > max {
        v.add(field, format!("must be at most {max} characters"));
        return None;
    }
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        v.add(field, "must not contain control characters");
        return None;
    }
    Some(value.to_string())
}

fn check_language(v: &mut Violations, value: Option<&str>) -> Option<String> {
    let tag = value.map(str::trim).filter(|s| !s.is_empty())?;
    let well_formed = tag.len() <= 35
        && tag.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        });
    if well_formed {
        Some(tag.to_ascii_lowercase())
    } else {
        v.add(
            "preferred_language",
            "must be a language tag such as ne, ar or fil",
        );
        None
    }
}

fn check_new(input: &NewComplaint) -> Result<CheckedComplaint, Error> {
    let mut v = Violations::new();
    if input.respondents.is_empty() || input.respondents.len() > MAX_RESPONDENTS {
        v.add(
            "respondents",
            format!("give 1 to {MAX_RESPONDENTS} respondents"),
        );
    }
    let mut respondents = Vec::new();
    for (i, r) in input.respondents.iter().enumerate() {
        match (r.organization_id, r.name.as_deref()) {
            (Some(id), _) => {
                let named_before = respondents
                    .iter()
                    .any(|r| matches!(r, CheckedRespondent::Registered(seen) if *seen == id));
                if !named_before {
                    respondents.push(CheckedRespondent::Registered(id));
                }
            }
            (None, Some(name)) => {
                let name = text::required(
                    &mut v,
                    &format!("respondents[{i}].name"),
                    name,
                    MAX_NAME_CHARS,
                );
                let country = match r.country.as_deref() {
                    Some(c) => {
                        let code = parse_country(c);
                        if code.is_none() {
                            v.add(
                                format!("respondents[{i}].country"),
                                "must be an ISO 3166-1 alpha-2 country code, e.g. NP",
                            );
                        }
                        code
                    }
                    None => {
                        v.add(format!("respondents[{i}].country"), "is needed with a name");
                        None
                    }
                };
                if let (Some(name), Some(country)) = (name, country) {
                    respondents.push(CheckedRespondent::Named(name, country));
                }
            }
            (None, None) => v.add(
                format!("respondents[{i}]"),
                "give either organization_id or name and country",
            ),
        }
    }
    let mut categories: Vec<ComplaintCategory> = Vec::new();
    for c in &input.categories {
        if !categories.contains(c) {
            categories.push(*c);
        }
    }
    if categories.is_empty() {
        v.add("categories", "give at least one category");
    }
    let narrative = prose(
        &mut v,
        "narrative",
        input.narrative.as_deref(),
        MAX_NARRATIVE_CHARS,
    );
    if input.incident_countries.is_empty() || input.incident_countries.len() > MAX_COUNTRIES {
        v.add(
            "incident_countries",
            format!("give 1 to {MAX_COUNTRIES} countries"),
        );
    }
    let mut countries: Vec<String> = Vec::new();
    for (i, c) in input.incident_countries.iter().enumerate() {
        match parse_country(c) {
            Some(code) if !countries.contains(&code) => countries.push(code),
            Some(_) => {}
            None => v.add(
                format!("incident_countries[{i}]"),
                "must be an ISO 3166-1 alpha-2 country code, e.g. QA",
            ),
        }
    }
    let complainant = input.complainant.clone().unwrap_or_default();
    let identity = Identity {
        name: text::optional(
            &mut v,
            "complainant.name",
            complainant.name.as_deref(),
            MAX_NAME_CHARS,
        ),
        contact: text::optional(
            &mut v,
            "complainant.contact",
            complainant.contact.as_deref(),
            MAX_NAME_CHARS,
        ),
    };
    let nationality = match complainant.nationality.as_deref() {
        Some(c) => {
            let code = parse_country(c);
            if code.is_none() {
                v.add(
                    "complainant.nationality",
                    "must be an ISO 3166-1 alpha-2 country code, e.g. NP",
                );
            }
            code
        }
        None => None,
    };
    let preferred_language = check_language(&mut v, input.preferred_language.as_deref());
    v.finish().map_err(Error::Validation)?;
    Ok(CheckedComplaint {
        respondents,
        categories,
        narrative,
        countries,
        identity,
        complainant,
        nationality,
        preferred_language,
    })
}

fn join<T: Copy>(items: &[T], name: fn(T) -> &'static str) -> String {
    items.iter().map(|i| name(*i)).collect::<Vec<_>>().join(",")
}

/// Files a complaint and returns its receipt. Anyone may file; the filer's token,
/// if any, is remembered so a consulate can follow what it filed.
pub fn file_complaint(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    actor: &Actor,
    input: &NewComplaint,
) -> Result<FiledComplaint, Error> {
    let checked = check_new(input)?;
    let receipt = Receipt::generate(&mut rand::rngs::OsRng);
    let id = Uuid::now_v7();
    let key = id.to_string();
    let now = events::log::now();
    let identity_given = checked.identity.name.is_some() || checked.identity.contact.is_some();
    let row = ComplaintRow {
        id: key.clone(),
        receipt_digest: sealer.keyed_digest("receipt", receipt.as_str()),
        receipt_sealed: sealer.seal(&format!("complaint:{key}:receipt"), receipt.as_str()),
        status: ComplaintStatus::Received.as_str().into(),
        categories: join(&checked.categories, ComplaintCategory::as_str),
        narrative_sealed: checked
            .narrative
            .as_deref()
            .map(|n| sealer.seal(&format!("complaint:{key}:narrative"), n)),
        complainant_sealed: if identity_given {
            Some(sealer.seal(
                &format!("complaint:{key}:complainant"),
                &serde_json::to_string(&checked.identity)?,
            ))
        } else {
            None
        },
        sex: checked.complainant.sex.map(|s| s.as_str().to_string()),
        age_band: checked.complainant.age_band.map(|a| a.as_str().to_string()),
        nationality: checked.nationality.clone(),
        sector: checked.complainant.sector.map(|s| s.as_str().to_string()),
        preferred_language: checked.preferred_language.clone(),
        consent_to_contact: input.consent_to_contact,
        filed_by: actor.label(),
        filed_by_token: actor.role.map(|_| actor.id.clone()),
        created_at: now,
        updated_at: now,
    };
    write_transaction(conn, |conn| {
        let mut organization_ids = Vec::new();
        let mut respondent_rows = Vec::new();
        for (i, r) in checked.respondents.iter().enumerate() {
            let (organization_id, name, country) = match r {
                CheckedRespondent::Registered(org) => {
                    let found: Option<String> = organizations::table
                        .filter(organizations::id.eq(org.to_string()))
                        .select(organizations::id)
                        .first(conn)
                        .optional()?;
                    let Some(found) = found else {
                        return Err(Error::invalid(
                            &format!("respondents[{i}].organization_id"),
                            "no organization has this id",
                        ));
                    };
                    organization_ids.push(found.clone());
                    (Some(found), None, None)
                }
                CheckedRespondent::Named(name, country) => {
                    (None, Some(name.clone()), Some(country.clone()))
                }
            };
            respondent_rows.push(ComplaintRespondentRow {
                id: Uuid::now_v7().to_string(),
                complaint_id: key.clone(),
                organization_id,
                name,
                country,
            });
        }
        diesel::insert_into(complaints::table)
            .values(&row)
            .execute(conn)?;
        let country_rows: Vec<ComplaintCountryRow> = checked
            .countries
            .iter()
            .map(|c| ComplaintCountryRow {
                complaint_id: key.clone(),
                country: c.clone(),
            })
            .collect();
        crate::insert_rows!(conn, complaint_countries::table, &country_rows);
        crate::insert_rows!(conn, complaint_respondents::table, &respondent_rows);
        diesel::insert_into(complaint_status_changes::table)
            .values(&ComplaintStatusChangeRow {
                id: Uuid::now_v7().to_string(),
                complaint_id: key.clone(),
                from_status: None,
                status: ComplaintStatus::Received.as_str().into(),
                note_sealed: None,
                actor: actor.label(),
                recorded_at: now,
            })
            .execute(conn)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "complaint.filed",
                entity_type: "complaint",
                entity_id: &key,
                data: &ComplaintEvent {
                    complaint_id: &key,
                    organization_ids: &organization_ids,
                    from_status: None,
                    status: ComplaintStatus::Received,
                },
            },
        )?;
        Ok(())
    })?;
    Ok(FiledComplaint {
        id,
        receipt: receipt.display(),
        status: ComplaintStatus::Received,
        filed_at: events::chain::format_time(now),
    })
}

/// Status, dates and next steps for a receipt. A mistyped receipt is told apart
/// from an unknown one.
pub fn status_by_receipt(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    typed: &str,
) -> Result<ReceiptStatus, Error> {
    let receipt = Receipt::parse(typed).map_err(|e| Error::invalid("receipt", e.to_string()))?;
    let row: Option<(String, chrono::NaiveDateTime, chrono::NaiveDateTime)> = complaints::table
        .filter(complaints::receipt_digest.eq(sealer.keyed_digest("receipt", receipt.as_str())))
        .select((
            complaints::status,
            complaints::created_at,
            complaints::updated_at,
        ))
        .first(conn)
        .optional()?;
    let (status, created, updated) = row.ok_or(Error::NotFound("complaint"))?;
    let status = parse_status(&status)?;
    Ok(ReceiptStatus {
        status,
        filed_on: created.date(),
        updated_on: updated.date(),
        next_steps: status.public_next_steps().into(),
    })
}

fn parse_status(value: &str) -> Result<ComplaintStatus, Error> {
    ComplaintStatus::parse(value).ok_or_else(|| Error::Internal("bad complaint status".into()))
}

fn parse_uuid(value: &str) -> Result<Uuid, Error> {
    Uuid::parse_str(value).map_err(|e| Error::Internal(format!("bad id in database: {e}")))
}

fn parse_categories(joined: &str) -> Vec<ComplaintCategory> {
    joined
        .split(',')
        .filter_map(ComplaintCategory::parse)
        .collect()
}

/// Reading complaints needs a token: inspectors see their jurisdictions, admins
/// everything, consulates what they filed.
fn require_reader(actor: &Actor) -> Result<(), Error> {
    match actor.role {
        None => Err(Error::Unauthorized(
            "complaints are visible only to inspectors, admins and the consulate that filed them",
        )),
        Some(_) => Ok(()),
    }
}

/// Whether the actor may see this complaint; callers answer 404 when not (403 to a
/// consulate), so that existence does not leak to inspectors elsewhere.
fn may_see(actor: &Actor, row: &ComplaintRow, countries: &[String]) -> bool {
    match actor.role {
        Some(Role::Admin) => true,
        Some(Role::Inspector) => countries.iter().any(|c| actor.jurisdictions.contains(c)),
        Some(Role::Consulate) => row.filed_by_token.as_deref() == Some(actor.id.as_str()),
        None => false,
    }
}

fn countries_of(
    conn: &mut AnyConnection,
    ids: &[&String],
) -> Result<HashMap<String, Vec<String>>, Error> {
    let rows: Vec<(String, String)> = complaint_countries::table
        .filter(complaint_countries::complaint_id.eq_any(ids))
        .order((
            complaint_countries::complaint_id,
            complaint_countries::country,
        ))
        .select((
            complaint_countries::complaint_id,
            complaint_countries::country,
        ))
        .load(conn)?;
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for (id, country) in rows {
        map.entry(id).or_default().push(country);
    }
    Ok(map)
}

fn respondents_of(
    conn: &mut AnyConnection,
    ids: &[&String],
) -> Result<HashMap<String, Vec<Respondent>>, Error> {
    let rows: Vec<(ComplaintRespondentRow, Option<String>)> = complaint_respondents::table
        .left_join(
            organizations::table
                .on(complaint_respondents::organization_id.eq(organizations::id.nullable())),
        )
        .filter(complaint_respondents::complaint_id.eq_any(ids))
        .order(complaint_respondents::id)
        .select((
            ComplaintRespondentRow::as_select(),
            organizations::name.nullable(),
        ))
        .load(conn)?;
    let mut map: HashMap<String, Vec<Respondent>> = HashMap::new();
    for (row, organization_name) in rows {
        map.entry(row.complaint_id.clone())
            .or_default()
            .push(Respondent {
                organization_id: row.organization_id.as_deref().map(parse_uuid).transpose()?,
                name: organization_name.or(row.name),
                country: row.country,
            });
    }
    Ok(map)
}

fn load_visible(
    conn: &mut AnyConnection,
    actor: &Actor,
    id: Uuid,
) -> Result<(ComplaintRow, Vec<String>), Error> {
    require_reader(actor)?;
    let key = id.to_string();
    let row: ComplaintRow = complaints::table
        .filter(complaints::id.eq(&key))
        .select(ComplaintRow::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound("complaint"))?;
    let countries = countries_of(conn, &[&key])?
        .remove(&key)
        .unwrap_or_default();
    if may_see(actor, &row, &countries) {
        Ok((row, countries))
    } else if actor.is(Role::Consulate) {
        // A consulate knows complaints only by the ids it filed them under; it is
        // told plainly that others are not its to see.
        Err(Error::Forbidden(
            "a consulate token sees only the complaints it filed".into(),
        ))
    } else {
        Err(Error::NotFound("complaint"))
    }
}

/// The full complaint. Inspectors' notes are opened only for inspectors and admins:
/// a consulate follows what it filed but does not read the investigation.
fn detail(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    actor: &Actor,
    row: ComplaintRow,
    countries: Vec<String>,
) -> Result<ComplaintDetail, Error> {
    let include_notes = matches!(actor.role, Some(Role::Admin | Role::Inspector));
    let key = row.id.clone();
    let open = |context: String, sealed: &str| {
        sealer
            .open(&context, sealed)
            .map_err(|e| Error::Internal(format!("complaint {key}: {e}")))
    };
    let narrative = row
        .narrative_sealed
        .as_deref()
        .map(|s| open(format!("complaint:{key}:narrative"), s))
        .transpose()?;
    let identity: Identity = match row.complainant_sealed.as_deref() {
        Some(s) => serde_json::from_str(&open(format!("complaint:{key}:complainant"), s)?)
            // serde's message could quote the opened text: never let it reach a log.
            .map_err(|_| {
                Error::Internal(format!("complaint {key}: unreadable complainant record"))
            })?,
        None => Identity::default(),
    };
    let changes: Vec<ComplaintStatusChangeRow> = complaint_status_changes::table
        .filter(complaint_status_changes::complaint_id.eq(&key))
        .order(complaint_status_changes::id)
        .select(ComplaintStatusChangeRow::as_select())
        .load(conn)?;
    let history = changes
        .into_iter()
        .map(|c| {
            Ok(ComplaintStatusEntry {
                from_status: c.from_status.as_deref().map(parse_status).transpose()?,
                status: parse_status(&c.status)?,
                note: c
                    .note_sealed
                    .as_deref()
                    .filter(|_| include_notes)
                    .map(|s| open(format!("complaint:{key}:note:{}", c.id), s))
                    .transpose()?,
                actor: c.actor,
                recorded_at: events::chain::format_time(c.recorded_at),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let respondents = respondents_of(conn, &[&key])?
        .remove(&key)
        .unwrap_or_default();
    let status = parse_status(&row.status)?;
    Ok(ComplaintDetail {
        id: parse_uuid(&row.id)?,
        status,
        allowed_next: status.allowed_next().to_vec(),
        categories: parse_categories(&row.categories),
        incident_countries: countries,
        respondents,
        narrative,
        complainant: Complainant {
            name: identity.name,
            contact: identity.contact,
            sex: row.sex.as_deref().and_then(Sex::parse),
            age_band: row.age_band.as_deref().and_then(AgeBand::parse),
            nationality: row.nationality,
            sector: row.sector.as_deref().and_then(Sector::parse),
        },
        preferred_language: row.preferred_language,
        consent_to_contact: row.consent_to_contact,
        filed_by: row.filed_by,
        history,
        created_at: events::chain::format_time(row.created_at),
        updated_at: events::chain::format_time(row.updated_at),
    })
}

/// The full complaint, for those who may see it; 404 for everyone else.
pub fn get_complaint(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    actor: &Actor,
    id: Uuid,
) -> Result<ComplaintDetail, Error> {
    let (row, countries) = load_visible(conn, actor, id)?;
    detail(conn, sealer, actor, row, countries)
}

/// Lists the complaints the actor may see, newest last.
pub fn list_complaints(
    conn: &mut AnyConnection,
    actor: &Actor,
    filter: &ComplaintFilter,
) -> Result<ComplaintPage, Error> {
    require_reader(actor)?;
    let limit = super::paging::page_size(filter.limit)?;
    let mut query = complaints::table
        .select(ComplaintRow::as_select())
        .into_boxed();
    match actor.role {
        Some(Role::Admin) => {}
        Some(Role::Inspector) => {
            let visible = complaint_countries::table
                .filter(complaint_countries::country.eq_any(actor.jurisdictions.clone()))
                .select(complaint_countries::complaint_id);
            query = query.filter(complaints::id.eq_any(visible));
        }
        Some(Role::Consulate) => {
            query = query.filter(complaints::filed_by_token.eq(actor.id.clone()))
        }
        None => {
            return Err(Error::Unauthorized(
                "complaints are visible only to inspectors",
            ))
        }
    }
    if let Some(status) = filter.status {
        query = query.filter(complaints::status.eq(status.as_str()));
    }
    if let Some(organization) = filter.organization_id {
        let about = complaint_respondents::table
            .filter(complaint_respondents::organization_id.eq(organization.to_string()))
            .select(complaint_respondents::complaint_id);
        query = query.filter(complaints::id.eq_any(about));
    }
    if let Some(after) = super::paging::after(filter.cursor.as_deref())? {
        query = query.filter(complaints::id.gt(after));
    }
    let rows: Vec<ComplaintRow> = query
        .order(complaints::id.asc())
        .limit(limit + 1)
        .load(conn)?;
    let has_more = rows.len() as i64 > limit;
    let rows: Vec<ComplaintRow> = rows.into_iter().take(limit as usize).collect();
    let ids: Vec<&String> = rows.iter().map(|r| &r.id).collect();
    let mut countries = countries_of(conn, &ids)?;
    let mut respondents = respondents_of(conn, &ids)?;
    let next_cursor = if has_more {
        rows.last().map(|r| r.id.clone())
    } else {
        None
    };
    let items = rows
        .into_iter()
        .map(|r| {
            Ok(ComplaintSummary {
                id: parse_uuid(&r.id)?,
                status: parse_status(&r.status)?,
                categories: parse_categories(&r.categories),
                incident_countries: countries.remove(&r.id).unwrap_or_default(),
                respondents: respondents.remove(&r.id).unwrap_or_default(),
                created_at: events::chain::format_time(r.created_at),
                updated_at: events::chain::format_time(r.updated_at),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(ComplaintPage { items, next_cursor })
}

/// Moves a complaint along its workflow (inspectors with jurisdiction, admins).
pub fn change_complaint_status(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    actor: &Actor,
    id: Uuid,
    input: &ChangeComplaintStatus,
) -> Result<ComplaintDetail, Error> {
    let mut v = Violations::new();
    let note = prose(&mut v, "note", input.note.as_deref(), MAX_REASON_CHARS);
    v.finish().map_err(Error::Validation)?;
    write_transaction(conn, |conn| {
        let (row, countries) = load_visible(conn, actor, id)?;
        // A consulate may follow what it filed, never handle it.
        access::require_inspector_or_admin(actor)?;
        let current = parse_status(&row.status)?;
        let next = input.status;
        if !current.can_become(next) {
            return Err(Error::InvalidTransition {
                message: format!(
                    "a {} complaint cannot become {}",
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
        let change_id = Uuid::now_v7().to_string();
        diesel::insert_into(complaint_status_changes::table)
            .values(&ComplaintStatusChangeRow {
                id: change_id.clone(),
                complaint_id: row.id.clone(),
                from_status: Some(current.as_str().into()),
                status: next.as_str().into(),
                note_sealed: note
                    .as_deref()
                    .map(|n| sealer.seal(&format!("complaint:{}:note:{change_id}", row.id), n)),
                actor: actor.label(),
                recorded_at: now,
            })
            .execute(conn)?;
        diesel::update(complaints::table.filter(complaints::id.eq(&row.id)))
            .set((
                complaints::status.eq(next.as_str()),
                complaints::updated_at.eq(now),
            ))
            .execute(conn)?;
        let organization_ids: Vec<String> = complaint_respondents::table
            .filter(complaint_respondents::complaint_id.eq(&row.id))
            .filter(complaint_respondents::organization_id.is_not_null())
            .select(complaint_respondents::organization_id.assume_not_null())
            .load(conn)?;
        events::append(
            conn,
            actor,
            NewEvent {
                action: "complaint.status_changed",
                entity_type: "complaint",
                entity_id: &row.id,
                data: &ComplaintEvent {
                    complaint_id: &row.id,
                    organization_ids: &organization_ids,
                    from_status: Some(current),
                    status: next,
                },
            },
        )?;
        let updated = ComplaintRow {
            status: next.as_str().into(),
            updated_at: now,
            ..row
        };
        detail(conn, sealer, actor, updated, countries)
    })
}

/// How many complaints name an organization, by status: all the public sees.
pub fn counts_for_organization(
    conn: &mut AnyConnection,
    organization_id: &str,
) -> Result<ComplaintCounts, Error> {
    let rows: Vec<(String, i64)> = complaints::table
        .inner_join(complaint_respondents::table)
        .filter(complaint_respondents::organization_id.eq(organization_id))
        .group_by(complaints::status)
        .select((
            complaints::status,
            diesel::dsl::count(complaints::id).aggregate_distinct(),
        ))
        .load(conn)?;
    let mut counts = ComplaintCounts {
        total: 0,
        open: 0,
        by_status: BTreeMap::new(),
    };
    for (status, n) in rows {
        counts.total += n;
        if parse_status(&status)?.is_open() {
            counts.open += n;
        }
        counts.by_status.insert(status, n);
    }
    Ok(counts)
}
