//! Registering many organizations at once (demo data, and later register imports):
//! the same checks, rows and events as one-by-one creation, written in one
//! transaction with many rows per statement.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use uuid::Uuid;

use super::access;
use super::licences::{self, ChangeLicenceStatus, NewLicence};
use super::organizations::{self, NewOrganization};
use crate::crypto::Sealer;
use crate::db::rows::{LicenceRow, LicenceStatusChangeRow};
use crate::db::schema::{licence_status_changes, licences as licences_table};
use crate::db::{write_transaction, AnyConnection};
use crate::domain::role::Actor;
use crate::domain::validation::FieldError;
use crate::error::Error;
use crate::events::{self, PendingEvent};
use diesel::RunQueryDsl;

/// One organization with its licences and their later status changes.
#[derive(Debug, Clone, Deserialize)]
pub struct OrganizationBundle {
    pub organization: NewOrganization,
    pub licences: Vec<LicenceBundle>,
}

/// A licence and the status changes it went through, in order.
#[derive(Debug, Clone, Deserialize)]
pub struct LicenceBundle {
    pub licence: NewLicence,
    pub changes: Vec<ChangeLicenceStatus>,
}

/// What a bulk registration wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BulkCreated {
    /// Ids of the new organizations, in the order given.
    pub organization_ids: Vec<Uuid>,
    /// Ids of the people created (not those linked by `person_id`).
    pub new_people: Vec<Uuid>,
    pub licences: usize,
    pub status_changes: usize,
    pub events: usize,
}

/// Prefixes field errors with the item's position, e.g. `items[3].name`.
fn at(index: usize, error: Error) -> Error {
    match error {
        Error::Validation(list) => Error::Validation(
            list.into_iter()
                .map(|e| FieldError {
                    field: format!("items[{index}].{}", e.field),
                    message: e.message,
                })
                .collect(),
        ),
        Error::Conflict(message) => Error::Conflict(format!("items[{index}]: {message}")),
        Error::InvalidTransition { message, allowed } => Error::InvalidTransition {
            message: format!("items[{index}]: {message}"),
            allowed,
        },
        other => other,
    }
}

/// Registers every bundle, or nothing: one invalid item fails the whole call.
pub fn create_organizations(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    bundles: &[OrganizationBundle],
) -> Result<BulkCreated, Error> {
    let checked = check(actor, bundles)?;
    write_transaction(conn, |conn| {
        let referenced: Vec<Uuid> = checked
            .iter()
            .flat_map(|(o, _)| o.referenced_people())
            .collect();
        let known = organizations::people_names(conn, &referenced)?;
        let keys: Vec<(String, String)> = checked
            .iter()
            .flat_map(|(_, ls)| {
                ls.iter()
                    .map(|(l, _, _)| (l.authority.clone(), l.number_normalised.clone()))
            })
            .collect();
        let taken = licences::taken_numbers(conn, &keys)?;
        let planned = plan(actor, sealer, &checked, known, &taken)?;
        insert(conn, actor, planned)
    })
}

/// Every row and event of a bulk registration, built without the database, so a
/// loader can build the next batch on another thread while this one is written.
pub struct Planned {
    created: BulkCreated,
    organizations: Vec<organizations::PreparedOrganization>,
    licences: Vec<LicenceRow>,
    changes: Vec<LicenceStatusChangeRow>,
    events: Vec<PendingEvent>,
}

impl Planned {
    /// Ids of the new organizations, in the order given.
    pub fn organization_ids(&self) -> &[Uuid] {
        &self.created.organization_ids
    }

    /// The people this registration creates, with the names it gives them.
    pub fn new_people(&self) -> impl Iterator<Item = (Uuid, &str)> {
        self.created.new_people.iter().copied().zip(
            self.organizations
                .iter()
                .flat_map(|o| o.new_people.iter().map(|p| p.name.as_str())),
        )
    }
}

/// Checks and plans a registration against what the caller knows instead of what
/// the database holds: `known` names every person the bundles link by id. A licence
/// number already registered is then caught by the database's unique constraint
/// when the plan is written (409), not before.
pub fn plan_offline(
    actor: &Actor,
    sealer: &Sealer,
    bundles: &[OrganizationBundle],
    known: HashMap<Uuid, String>,
) -> Result<Planned, Error> {
    let checked = check(actor, bundles)?;
    plan(actor, sealer, &checked, known, &HashSet::new())
}

/// Writes a plan in one transaction, with its events.
pub fn write(
    conn: &mut AnyConnection,
    actor: &Actor,
    planned: Planned,
) -> Result<BulkCreated, Error> {
    write_transaction(conn, |conn| insert(conn, actor, planned))
}

/// Writes a plan inside a transaction the caller already holds (see
/// `db::write_transaction`): a nested transaction would be a savepoint, which makes
/// SQLite journal every page a large batch touches a second time.
pub fn write_within(
    conn: &mut AnyConnection,
    actor: &Actor,
    planned: Planned,
) -> Result<BulkCreated, Error> {
    insert(conn, actor, planned)
}

/// A licence with its later status changes and their checked reasons.
type CheckedLicence<'a> = (
    licences::CheckedLicence,
    &'a [ChangeLicenceStatus],
    Vec<String>,
);

/// Checks every bundle and collects every problem, so the caller sees all of them.
fn check<'a>(
    actor: &Actor,
    bundles: &'a [OrganizationBundle],
) -> Result<Vec<(organizations::CheckedOrganization, Vec<CheckedLicence<'a>>)>, Error> {
    access::require_inspector_or_admin(actor)?;
    let mut checked = Vec::with_capacity(bundles.len());
    let mut problems = Vec::new();
    for (i, bundle) in bundles.iter().enumerate() {
        let organization = organizations::check_new(&bundle.organization);
        let mut licences = Vec::new();
        for (j, l) in bundle.licences.iter().enumerate() {
            let licence = licences::check_new(&l.licence).map_err(|e| at(j, e));
            let reasons: Result<Vec<String>, Error> = l
                .changes
                .iter()
                .enumerate()
                .map(|(k, c)| licences::check_change(c).map_err(|e| at(k, e)))
                .collect();
            match (licence, reasons) {
                (Ok(licence), Ok(reasons)) => {
                    access::require_jurisdiction(actor, &licence.authority)?;
                    licences.push((licence, l.changes.as_slice(), reasons));
                }
                (Err(e), _) | (_, Err(e)) => problems.push(at(i, relabel(e, "licences"))),
            }
        }
        match organization {
            Ok(organization) => checked.push((organization, licences)),
            Err(e) => problems.push(at(i, relabel(e, "organization"))),
        }
    }
    match problems.into_iter().reduce(merge) {
        Some(first) => Err(first),
        None => Ok(checked),
    }
}

/// Builds the rows and events of checked bundles; `known` names the existing people
/// they link, `taken` holds the licence numbers already registered.
fn plan(
    actor: &Actor,
    sealer: &Sealer,
    checked: &[(organizations::CheckedOrganization, Vec<CheckedLicence<'_>>)],
    mut known: HashMap<Uuid, String>,
    taken: &HashSet<(String, String)>,
) -> Result<Planned, Error> {
    let now = events::log::now();
    let as_of = organizations::today();
    let mut planned = Planned {
        created: BulkCreated::default(),
        organizations: Vec::with_capacity(checked.len()),
        licences: Vec::new(),
        changes: Vec::new(),
        events: Vec::new(),
    };
    let mut seen = HashSet::new();
    for (i, (organization, licences)) in checked.iter().enumerate() {
        let p = organizations::prepare_organization(organization, &known, sealer, now)
            .map_err(|e| at(i, e))?;
        for person in &p.new_people {
            let id = Uuid::parse_str(&person.id).map_err(|e| Error::Internal(e.to_string()))?;
            known.insert(id, person.name.clone());
            planned.created.new_people.push(id);
        }
        planned.events.push(PendingEvent::new(
            "organization.created",
            "organization",
            &p.organization.id,
            &p.record,
        )?);
        for (licence, changes, reasons) in licences {
            let key = (licence.authority.clone(), licence.number_normalised.clone());
            if taken.contains(&key) || !seen.insert(key) {
                return Err(at(i, licences::duplicate_number(licence)));
            }
            let (mut row, first) =
                licences::prepare_licence(licence, &p.organization.id, actor, now);
            planned.events.push(PendingEvent::new(
                "licence.added",
                "licence",
                &row.id,
                &licences::LicenceRecord::from(&row),
            )?);
            planned.changes.push(first);
            for (change, reason) in changes.iter().zip(reasons) {
                let (entry, event) =
                    licences::plan_status_change(&mut row, change, reason, actor, as_of, now)
                        .map_err(|e| at(i, e))?;
                planned.events.push(PendingEvent::new(
                    "licence.status_changed",
                    "licence",
                    &row.id,
                    &event,
                )?);
                planned.changes.push(entry);
                planned.created.status_changes += 1;
            }
            planned.licences.push(row);
        }
        planned.created.organization_ids.push(p.id);
        planned.organizations.push(p);
    }
    Ok(planned)
}

/// Inserts a plan's rows and appends its events; the caller holds the transaction.
fn insert(conn: &mut AnyConnection, actor: &Actor, planned: Planned) -> Result<BulkCreated, Error> {
    let mut created = planned.created;
    organizations::insert_organizations(conn, planned.organizations)?;
    crate::insert_rows!(conn, licences_table::table, &planned.licences);
    crate::insert_rows!(conn, licence_status_changes::table, &planned.changes);
    created.licences = planned.licences.len();
    created.events = planned.events.len();
    events::append_many(conn, actor, planned.events)?;
    Ok(created)
}

/// Puts a nested part's field errors under its name, e.g. `organization.name`.
fn relabel(error: Error, part: &str) -> Error {
    match error {
        Error::Validation(list) => Error::Validation(
            list.into_iter()
                .map(|e| FieldError {
                    field: format!("{part}.{}", e.field),
                    message: e.message,
                })
                .collect(),
        ),
        other => other,
    }
}

/// Joins validation errors so the caller sees all of them; keeps the first otherwise.
fn merge(first: Error, next: Error) -> Error {
    match (first, next) {
        (Error::Validation(mut a), Error::Validation(b)) => {
            a.extend(b);
            Error::Validation(a)
        }
        (first, _) => first,
    }
}
