//! Importing an official licensing register: every entry of the file is resolved
//! against the registry, and only the differences are written, in one transaction,
//! each event carrying the source file's name, SHA-256, date and rows.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::access;
use super::bulk::{self, LicenceBundle, OrganizationBundle};
use super::import_reviews::ReviewChoice;
use super::licences::{self, ChangeLicenceStatus, NewLicence};
use super::organizations::{self, AmendOrganization, NewAlias, NewOrganization};
use crate::crypto::Sealer;
use crate::db::rows::{ImportReviewRow, RegisterListingRow};
use crate::db::schema::{
    aliases, import_reviews, licences as licences_table, organizations as orgs, register_listings,
};
use crate::db::{read_snapshot, write_transaction, AnyConnection};
use crate::domain::country::parse_country;
use crate::domain::licence::normalise_number;
use crate::domain::licence::LicenceStatus;
use crate::domain::organization::{AliasKind, OrganizationKind};
use crate::domain::role::Actor;
use crate::domain::text::MAX_LINE_CHARS;
use crate::error::Error;
use crate::events::{self, PendingEvent};
use crate::import::entries::{self, contacts_of, ListedLicence};
use crate::import::mapping::Disappeared;
use crate::import::{read, Branch, Decision, Entry, Known, KnownOrganization, Mapping, Resolution};

/// New organizations are written this many at a time (inside the one transaction),
/// so a large register never holds every planned row in memory at once.
const WRITE_BATCH: usize = 5_000;
/// An organization records at most this many addresses; every branch stays in
/// the listing.
const MAX_ADDRESSES: usize = 20;

/// The file being imported.
pub struct Source<'a> {
    /// The file's name as published, e.g. `hk-employment-agencies-2021-12-28.csv`.
    pub name: &'a str,
    /// The date the register was published.
    pub date: NaiveDate,
    pub bytes: &'a [u8],
}

/// Which file a fact came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SourceRef {
    pub name: String,
    /// Hex SHA-256 of the file's bytes.
    pub sha256: String,
    pub date: NaiveDate,
}

/// What happens to one entry of the register (an organization, branches merged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A new organization with its listing.
    Created,
    /// An organization already recorded gets this register's listing.
    Matched,
    /// Its listing from an earlier file changed.
    Updated,
    /// Its listing is gone from this file: closed, never deleted.
    Closed,
    /// Uncertain match held for an admin's decision.
    Review,
}

/// One entry's decision, explained.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EntryDecision {
    /// Rows of the file (header = row 1); the closed listing's earlier rows for `closed`.
    pub rows: Vec<u64>,
    pub name: String,
    pub outcome: Outcome,
    /// Absent for a created organization in a dry run.
    pub organization_id: Option<String>,
    /// For matches and reviews: the rule, its score and why.
    pub decision: Option<Decision>,
    /// For updates: which details changed (`status`, `since`, `categories`, `branches`, `licences`).
    pub changed: Vec<&'static str>,
}

/// The result of an import or a dry run.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportReport {
    pub authority: String,
    pub register_name: String,
    pub source: SourceRef,
    /// True when nothing was written.
    pub dry_run: bool,
    pub rows: usize,
    /// Organizations in the file, branches merged.
    pub entries: usize,
    pub created: usize,
    pub matched: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub closed: usize,
    /// Entries held for review, this time or by an earlier import.
    pub held_for_review: usize,
    /// Events written (0 in a dry run, and 0 when the file changes nothing).
    pub events: usize,
    /// Every entry that is not unchanged, in row order, closed listings last.
    pub decisions: Vec<EntryDecision>,
}

/// The public payload of `listing.recorded`, `listing.updated` and `listing.closed`.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ListingRecord {
    organization_id: String,
    authority: String,
    register_name: String,
    status: String,
    since: Option<String>,
    categories: Vec<String>,
    branches: Vec<Branch>,
    source: SourceRef,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    decision: Option<Decision>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    changed: Vec<String>,
}

/// The public payload of `import.review_opened`: register data only.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ReviewRecord {
    authority: String,
    name: String,
    rows: Vec<u64>,
    candidate_id: String,
    decision: Decision,
    source: SourceRef,
}

impl<'de> Deserialize<'de> for Decision {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            rule: String,
            score: f64,
            explanation: String,
        }
        let raw = Raw::deserialize(d)?;
        let rule = RULES
            .iter()
            .find(|r| **r == raw.rule)
            .ok_or_else(|| serde::de::Error::custom("unknown rule"))?;
        Ok(Decision {
            rule,
            score: raw.score,
            explanation: raw.explanation,
        })
    }
}

const RULES: [&str; 5] = [
    "review",
    "licence_number",
    "same_name",
    "similar_name_shared_contact",
    "similar_name",
];

/// Imports a register file, or with `dry_run` reports what an import would do.
pub fn import_register(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    mapping: &Mapping,
    authority: &str,
    source: &Source<'_>,
    dry_run: bool,
) -> Result<ImportReport, Error> {
    let register = check_register(actor, mapping, authority, source)?;
    apply_register(conn, actor, sealer, mapping, register, dry_run)
}

/// A register file read and checked against its mapping, not yet compared with the
/// registry.
pub struct CheckedRegister {
    authority: String,
    entries: Vec<Entry>,
    source: SourceRef,
    rows: usize,
    started: std::time::Instant,
}

/// Reads and checks a register file without the database: every problem of the file
/// itself (encoding, columns, dates) is found here.
pub fn check_register(
    actor: &Actor,
    mapping: &Mapping,
    authority: &str,
    source: &Source<'_>,
) -> Result<CheckedRegister, Error> {
    access::require_admin(actor)?;
    let authority = parse_country(authority)
        .ok_or_else(|| Error::invalid("authority", "must be an ISO 3166-1 alpha-2 code"))?;
    let started = std::time::Instant::now();
    let register = read::read(source.bytes, mapping)?;
    let rows = register.rows.len();
    let entries = entries::group(register.rows, mapping);
    tracing::debug!(
        rows,
        entries = entries.len(),
        seconds = started.elapsed().as_secs_f64(),
        "register read"
    );
    let source = SourceRef {
        name: source.name.to_string(),
        sha256: register.sha256.clone(),
        date: source.date,
    };
    check_entries(&entries, mapping, &authority)?;
    tracing::debug!(seconds = started.elapsed().as_secs_f64(), "entries checked");
    Ok(CheckedRegister {
        authority,
        entries,
        source,
        rows,
        started,
    })
}

/// Compares a checked register with the registry and writes what changed (or, with
/// `dry_run`, only reports it).
pub fn apply_register(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    mapping: &Mapping,
    register: CheckedRegister,
    dry_run: bool,
) -> Result<ImportReport, Error> {
    access::require_admin(actor)?;
    let CheckedRegister {
        authority,
        entries,
        source,
        rows,
        started,
    } = register;
    let context = Context {
        sealer,
        mapping,
        authority: &authority,
        source,
        rows,
    };
    if dry_run {
        return read_snapshot(conn, |conn| {
            let loaded = load(conn, &authority, &mapping.country, Some(&entries))?;
            let steps = plan(&context, &entries, &loaded);
            Ok(report(&context, &entries, &loaded, &steps, None))
        });
    }
    write_transaction(conn, |conn| {
        let loaded = load(conn, &authority, &mapping.country, Some(&entries))?;
        let steps = plan(&context, &entries, &loaded);
        tracing::debug!(seconds = started.elapsed().as_secs_f64(), "import planned");
        let written = write(conn, actor, &context, &entries, &loaded, &steps)?;
        tracing::debug!(seconds = started.elapsed().as_secs_f64(), "import written");
        Ok(report(&context, &entries, &loaded, &steps, Some(written)))
    })
}

struct Context<'a> {
    sealer: &'a Sealer,
    mapping: &'a Mapping,
    authority: &'a str,
    source: SourceRef,
    rows: usize,
}

/// What the registry holds that an import compares with.
struct Loaded {
    known: Known,
    listings: Vec<RegisterListingRow>,
    /// The authority's licences by organization: (id, normalised number, status).
    licences_by_org: HashMap<String, Vec<(String, String, String)>>,
}

/// Loads what entries are compared with. Names, aliases and contacts of the
/// country's organizations are read only when some entry has neither a listing nor
/// an open review (`entries` None: always), so re-importing a register stays cheap.
fn load(
    conn: &mut AnyConnection,
    authority: &str,
    country: &str,
    entries: Option<&[Entry]>,
) -> Result<Loaded, Error> {
    let listings: Vec<RegisterListingRow> = register_listings::table
        .filter(register_listings::authority.eq(authority))
        .order(register_listings::id.asc())
        .select(RegisterListingRow::as_select())
        .load(conn)?;
    let held: HashSet<String> = import_reviews::table
        .filter(import_reviews::authority.eq(authority))
        .filter(import_reviews::status.eq("open"))
        .select(import_reviews::name_key)
        .load(conn)?
        .into_iter()
        .collect();
    let by_key: HashMap<String, usize> = listings
        .iter()
        .enumerate()
        .map(|(i, l)| (l.name_key.clone(), i))
        .collect();
    let matching = entries.is_none_or(|list| {
        list.iter()
            .any(|e| !by_key.contains_key(&e.key) && !held.contains(&e.key))
    });
    let known_orgs = if matching {
        known_organizations(conn, country)?
    } else {
        // Only the names of organizations whose listings may close.
        orgs::table
            .filter(orgs::country.eq(country))
            .inner_join(register_listings::table)
            .filter(register_listings::authority.eq(authority))
            .select((orgs::id, orgs::name))
            .load::<(String, String)>(conn)?
            .into_iter()
            .map(|(id, name)| KnownOrganization {
                id,
                names: vec![name],
                contacts: Default::default(),
            })
            .collect()
    };
    let licence_rows: Vec<(String, String, String, String)> = licences_table::table
        .filter(licences_table::authority.eq(authority))
        .select((
            licences_table::id,
            licences_table::organization_id,
            licences_table::number_normalised,
            licences_table::status,
        ))
        .load(conn)?;
    let mut licences_by_org: HashMap<String, Vec<(String, String, String)>> = HashMap::new();
    let mut licence_numbers = HashMap::new();
    for (id, org, number, status) in licence_rows {
        licence_numbers.insert(number.clone(), org.clone());
        licences_by_org
            .entry(org)
            .or_default()
            .push((id, number, status));
    }
    Ok(Loaded {
        known: Known::new(known_orgs, by_key, licence_numbers, held, matching),
        listings,
        licences_by_org,
    })
}

/// The country's organizations with their names, aliases and contacts.
fn known_organizations(
    conn: &mut AnyConnection,
    country: &str,
) -> Result<Vec<KnownOrganization>, Error> {
    let organizations: Vec<(String, String, String)> = orgs::table
        .filter(orgs::country.eq(country))
        .order(orgs::id.asc())
        .select((orgs::id, orgs::name, orgs::addresses))
        .load(conn)?;
    let alias_rows: Vec<(String, String)> = aliases::table
        .inner_join(orgs::table)
        .filter(orgs::country.eq(country))
        .select((aliases::organization_id, aliases::name))
        .load(conn)?;
    let mut alias_map: HashMap<String, Vec<String>> = HashMap::new();
    for (id, name) in alias_rows {
        alias_map.entry(id).or_default().push(name);
    }
    let every_listing: Vec<(String, String)> = register_listings::table
        .inner_join(orgs::table)
        .filter(orgs::country.eq(country))
        .select((
            register_listings::organization_id,
            register_listings::branches,
        ))
        .load(conn)?;
    let mut branch_map: HashMap<String, Vec<Branch>> = HashMap::new();
    for (id, branches) in every_listing {
        let list: Vec<Branch> = serde_json::from_str(&branches)?;
        branch_map.entry(id).or_default().extend(list);
    }
    organizations
        .into_iter()
        .map(|(id, name, addresses)| {
            let mut contacts = branch_map
                .remove(&id)
                .map(|b| contacts_of(&b))
                .unwrap_or_default();
            let addresses: Vec<String> = serde_json::from_str(&addresses)?;
            contacts.extend(addresses.iter().map(|a| entries::address_key(a)));
            let mut names = vec![name];
            names.extend(alias_map.remove(&id).unwrap_or_default());
            Ok(KnownOrganization {
                id,
                names,
                contacts,
            })
        })
        .collect()
}

/// Per entry, where it goes; and the listings no longer in the file.
struct Plan {
    steps: Vec<Step>,
    closed: Vec<usize>,
}

/// An entry's step: its own listing compared, or what resolution decided.
enum Step {
    Unchanged,
    Update {
        listing: usize,
        changed: Vec<&'static str>,
    },
    /// Matched, held for review, already held, or new.
    Resolved(Resolution),
}

fn plan(context: &Context<'_>, entries: &[Entry], loaded: &Loaded) -> Plan {
    let mut steps = Vec::with_capacity(entries.len());
    let mut present = HashSet::new();
    for entry in entries {
        present.insert(entry.key.as_str());
        steps.push(match loaded.known.resolve(entry) {
            Resolution::Listed { listing } => {
                let changed = changes(entry, &loaded.listings[listing], loaded, context.mapping);
                if changed.is_empty() {
                    Step::Unchanged
                } else {
                    Step::Update { listing, changed }
                }
            }
            other => Step::Resolved(other),
        });
    }
    let closed = loaded
        .listings
        .iter()
        .enumerate()
        .filter(|(_, l)| l.status == "listed" && !present.contains(l.name_key.as_str()))
        .map(|(i, _)| i)
        .collect();
    Plan { steps, closed }
}

/// The details of a recorded listing that this file changes.
fn changes(
    entry: &Entry,
    row: &RegisterListingRow,
    loaded: &Loaded,
    mapping: &Mapping,
) -> Vec<&'static str> {
    let mut changed = Vec::new();
    if row.status != "listed" {
        changed.push("status");
    }
    if entry.since != row.since {
        changed.push("since");
    }
    let categories: Vec<String> = serde_json::from_str(&row.categories).unwrap_or_default();
    if categories != entry.categories {
        changed.push("categories");
    }
    let branches: Vec<Branch> = serde_json::from_str(&row.branches).unwrap_or_default();
    if !entry.same_branches(&branches) {
        changed.push("branches");
    }
    if mapping.columns.licence_number.is_some() {
        let (new, gone) = licence_changes(
            entry,
            loaded.licences_by_org.get(&row.organization_id),
            mapping,
        );
        if !new.is_empty() || !gone.is_empty() {
            changed.push("licences");
        }
    }
    changed
}

/// The entry's licence numbers not yet recorded, and the recorded licences (ids)
/// the file no longer lists that can still be closed.
fn licence_changes<'e>(
    entry: &'e Entry,
    recorded: Option<&Vec<(String, String, String)>>,
    mapping: &Mapping,
) -> (Vec<&'e ListedLicence>, Vec<String>) {
    let empty = Vec::new();
    let recorded = recorded.unwrap_or(&empty);
    let numbers: HashSet<String> = entry
        .licences
        .iter()
        .map(|l| normalise_number(&l.number))
        .collect();
    let new = entry
        .licences
        .iter()
        .filter(|l| {
            let n = normalise_number(&l.number);
            !recorded.iter().any(|(_, rn, _)| *rn == n)
        })
        .collect();
    let gone = recorded
        .iter()
        .filter(|(_, rn, status)| !numbers.contains(rn) && closable(status, mapping))
        .map(|(id, _, _)| id.clone())
        .collect();
    (new, gone)
}

/// True when a licence in this status can be closed as the mapping says.
fn closable(status: &str, mapping: &Mapping) -> bool {
    LicenceStatus::parse(status).is_some_and(|s| s.can_become(target_status(mapping)))
}

fn target_status(mapping: &Mapping) -> LicenceStatus {
    match mapping.disappeared {
        Disappeared::Expired => LicenceStatus::Expired,
        Disappeared::Cancelled => LicenceStatus::Cancelled,
    }
}

/// The organization a new entry becomes: the register's names, addresses (up to
/// the limit; every branch stays in the listing) and licences.
fn bundle(entry: &Entry, mapping: &Mapping, authority: &str) -> OrganizationBundle {
    let mut addresses = entry.addresses();
    addresses.truncate(MAX_ADDRESSES);
    OrganizationBundle {
        organization: NewOrganization {
            kind: mapping.kind,
            name: entry.name.clone(),
            country: mapping.country.clone(),
            aliases: entry
                .aliases
                .iter()
                .map(|a| NewAlias {
                    name: a.clone(),
                    kind: mapping.columns.alias_kind,
                })
                .collect(),
            people: Vec::new(),
            registration_number: None,
            addresses,
            website: None,
        },
        licences: entry
            .licences
            .iter()
            .map(|l| LicenceBundle {
                licence: new_licence(l, mapping, authority),
                changes: Vec::new(),
            })
            .collect(),
    }
}

fn new_licence(l: &ListedLicence, mapping: &Mapping, authority: &str) -> NewLicence {
    NewLicence {
        authority: authority.to_string(),
        authority_name: mapping.authority_name.clone(),
        number: l.number.clone(),
        licence_type: l.licence_type.clone(),
        valid_from: l.valid_from,
        valid_until: l.valid_until,
        status: Some(LicenceStatus::Active),
    }
}

/// Checks every would-be organization before anything is planned, so a bad cell
/// is reported by its row ("row 17: organization.name ...").
fn check_entries(entries: &[Entry], mapping: &Mapping, authority: &str) -> Result<(), Error> {
    for entry in entries {
        check_entry(entry, &bundle(entry, mapping, authority))?;
    }
    Ok(())
}

fn check_entry(entry: &Entry, b: &OrganizationBundle) -> Result<(), Error> {
    let row = entry.first_row();
    let problem = |e: Error| Error::InvalidFile(format!("row {row}: {e}"));
    organizations::check_new(&b.organization).map_err(problem)?;
    for l in &b.licences {
        licences::check_new(&l.licence).map_err(problem)?;
    }
    for address in entry.branches.iter().filter_map(|b| b.address.as_ref()) {
        if address.chars().count() > MAX_LINE_CHARS {
            return Err(problem(Error::invalid(
                "address",
                format!("is longer than {MAX_LINE_CHARS} characters"),
            )));
        }
    }
    Ok(())
}

/// What was written: events, and the ids of the organizations created, by entry.
struct Written {
    events: usize,
    created: HashMap<usize, String>,
}

/// A listing row for an entry.
fn listing_row(
    context: &Context<'_>,
    entry: &Entry,
    organization_id: &str,
    id: String,
    created_at: chrono::NaiveDateTime,
) -> Result<RegisterListingRow, Error> {
    let now = events::log::now();
    Ok(RegisterListingRow {
        id,
        organization_id: organization_id.to_string(),
        authority: context.authority.to_string(),
        register_name: context.mapping.register_name.clone(),
        name_key: entry.key.clone(),
        status: "listed".into(),
        since: entry.since.clone(),
        categories: serde_json::to_string(&entry.categories)?,
        branches: serde_json::to_string(&entry.branches)?,
        source_name: context.source.name.clone(),
        source_sha256: context.source.sha256.clone(),
        source_date: context.source.date,
        created_at,
        updated_at: now,
    })
}

impl ListingRecord {
    /// The record of a listing row just made from `entry` (no JSON round trip).
    fn new(
        row: &RegisterListingRow,
        entry: &Entry,
        decision: Option<Decision>,
        changed: &[&'static str],
    ) -> ListingRecord {
        ListingRecord {
            organization_id: row.organization_id.clone(),
            authority: row.authority.clone(),
            register_name: row.register_name.clone(),
            status: row.status.clone(),
            since: row.since.clone(),
            categories: entry.categories.clone(),
            branches: entry.branches.clone(),
            source: SourceRef {
                name: row.source_name.clone(),
                sha256: row.source_sha256.clone(),
                date: row.source_date,
            },
            decision,
            changed: changed.iter().map(|c| c.to_string()).collect(),
        }
    }
}

fn listing_record(
    row: &RegisterListingRow,
    decision: Option<Decision>,
    changed: &[&'static str],
) -> Result<ListingRecord, Error> {
    Ok(ListingRecord {
        organization_id: row.organization_id.clone(),
        authority: row.authority.clone(),
        register_name: row.register_name.clone(),
        status: row.status.clone(),
        since: row.since.clone(),
        categories: serde_json::from_str(&row.categories)?,
        branches: serde_json::from_str(&row.branches)?,
        source: SourceRef {
            name: row.source_name.clone(),
            sha256: row.source_sha256.clone(),
            date: row.source_date,
        },
        decision,
        changed: changed.iter().map(|c| c.to_string()).collect(),
    })
}

/// A batch of new organizations, planned off the writing thread: the bulk path's
/// rows and events, then each one's listing and its event.
struct NewBatch {
    planned: bulk::Planned,
    /// (entry index, organization id)
    created: Vec<(usize, String)>,
    listings: Vec<RegisterListingRow>,
    events: Vec<PendingEvent>,
}

fn plan_batch(
    actor: &Actor,
    context: &Context<'_>,
    entries: &[Entry],
    batch: &[usize],
) -> Result<NewBatch, Error> {
    let bundles: Vec<OrganizationBundle> = batch
        .iter()
        .map(|&i| bundle(&entries[i], context.mapping, context.authority))
        .collect();
    let planned = bulk::plan_offline(actor, context.sealer, &bundles, HashMap::new())?;
    let now = events::log::now();
    let mut out = NewBatch {
        created: Vec::with_capacity(batch.len()),
        listings: Vec::with_capacity(batch.len()),
        events: Vec::with_capacity(batch.len()),
        planned,
    };
    for (&i, id) in batch.iter().zip(out.planned.organization_ids()) {
        let id = id.to_string();
        let entry = &entries[i];
        let row = listing_row(context, entry, &id, Uuid::now_v7().to_string(), now)?;
        out.events.push(PendingEvent::new(
            "listing.recorded",
            "listing",
            &row.id,
            &ListingRecord::new(&row, entry, None, &[]),
        )?);
        out.listings.push(row);
        out.created.push((i, id));
    }
    Ok(out)
}

/// Writes the plan; the caller holds the transaction.
fn write(
    conn: &mut AnyConnection,
    actor: &Actor,
    context: &Context<'_>,
    entries: &[Entry],
    loaded: &Loaded,
    plan: &Plan,
) -> Result<Written, Error> {
    let mut written = Written {
        events: 0,
        created: HashMap::new(),
    };
    let mapping = context.mapping;

    // New organizations, in batches planned on another thread while this one
    // writes the previous batch.
    let new: Vec<usize> = plan
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s, Step::Resolved(Resolution::New)))
        .map(|(i, _)| i)
        .collect();
    std::thread::scope(|scope| -> Result<(), Error> {
        let (sender, batches) = std::sync::mpsc::sync_channel::<Result<NewBatch, Error>>(2);
        let new = &new;
        scope.spawn(move || {
            for batch in new.chunks(WRITE_BATCH) {
                let planned = plan_batch(actor, context, entries, batch);
                let failed = planned.is_err();
                if sender.send(planned).is_err() || failed {
                    return;
                }
            }
        });
        for batch in batches {
            let batch = batch?;
            let created = bulk::write_within(conn, actor, batch.planned)?;
            written.events += created.events;
            crate::insert_rows!(conn, register_listings::table, &batch.listings);
            written.events += batch.events.len();
            events::append_many(conn, actor, batch.events)?;
            written.created.extend(batch.created);
        }
        Ok(())
    })?;

    let mut pending = Vec::new();
    for (i, step) in plan.steps.iter().enumerate() {
        let entry = &entries[i];
        match step {
            Step::Unchanged
            | Step::Resolved(
                Resolution::AlreadyHeld | Resolution::New | Resolution::Listed { .. },
            ) => {}
            Step::Update { listing, changed } => {
                let old = &loaded.listings[*listing];
                let row = listing_row(
                    context,
                    entry,
                    &old.organization_id,
                    old.id.clone(),
                    old.created_at,
                )?;
                diesel::update(register_listings::table.find(&row.id))
                    .set(&row)
                    .execute(conn)?;
                pending.push(PendingEvent::new(
                    "listing.updated",
                    "listing",
                    &row.id,
                    &listing_record(&row, None, changed)?,
                )?);
                if changed.contains(&"licences") {
                    let recorded = loaded.licences_by_org.get(&old.organization_id);
                    let (new, gone) = licence_changes(entry, recorded, mapping);
                    written.events +=
                        add_licences(conn, actor, &old.organization_id, &new, context)?;
                    written.events +=
                        close_licences(conn, actor, &gone, mapping, &rows_reason(context, entry))?;
                }
            }
            Step::Resolved(Resolution::Matched {
                organization,
                decision,
            }) => {
                let known = &loaded.known.organizations[*organization];
                written.events += add_names(
                    conn,
                    actor,
                    context.sealer,
                    known,
                    entry,
                    mapping,
                    &rows_reason(context, entry),
                )?;
                let row = listing_row(
                    context,
                    entry,
                    &known.id,
                    Uuid::now_v7().to_string(),
                    events::log::now(),
                )?;
                crate::insert_rows!(conn, register_listings::table, std::slice::from_ref(&row));
                pending.push(PendingEvent::new(
                    "listing.recorded",
                    "listing",
                    &row.id,
                    &listing_record(&row, Some(decision.clone()), &[])?,
                )?);
                let recorded = loaded.licences_by_org.get(&known.id);
                let (new, _) = licence_changes(entry, recorded, mapping);
                written.events += add_licences(conn, actor, &known.id, &new, context)?;
            }
            Step::Resolved(Resolution::Review {
                organization,
                decision,
            }) => {
                let known = &loaded.known.organizations[*organization];
                let row = ImportReviewRow {
                    id: Uuid::now_v7().to_string(),
                    authority: context.authority.to_string(),
                    name_key: entry.key.clone(),
                    candidate_id: known.id.clone(),
                    rule: decision.rule.to_string(),
                    score: decision.score,
                    explanation: decision.explanation.clone(),
                    entry: serde_json::to_string(&HeldEntry {
                        entry: entry.clone(),
                        source: context.source.clone(),
                        register_name: mapping.register_name.clone(),
                        authority_name: mapping.authority_name.clone(),
                        kind: mapping.kind,
                        country: mapping.country.clone(),
                        alias_kind: mapping.columns.alias_kind,
                    })?,
                    source_name: context.source.name.clone(),
                    source_sha256: context.source.sha256.clone(),
                    status: "open".into(),
                    created_at: events::log::now(),
                    decided_at: None,
                };
                crate::insert_rows!(conn, import_reviews::table, std::slice::from_ref(&row));
                pending.push(PendingEvent::new(
                    "import.review_opened",
                    "import_review",
                    &row.id,
                    &ReviewRecord {
                        authority: row.authority.clone(),
                        name: entry.name.clone(),
                        rows: entry.rows(),
                        candidate_id: known.id.clone(),
                        decision: decision.clone(),
                        source: context.source.clone(),
                    },
                )?);
            }
        }
    }
    for &i in &plan.closed {
        let old = &loaded.listings[i];
        let mut row = old.clone();
        row.status = mapping.disappeared.as_str().into();
        row.source_name = context.source.name.clone();
        row.source_sha256 = context.source.sha256.clone();
        row.source_date = context.source.date;
        row.updated_at = events::log::now();
        diesel::update(register_listings::table.find(&row.id))
            .set(&row)
            .execute(conn)?;
        pending.push(PendingEvent::new(
            "listing.closed",
            "listing",
            &row.id,
            &listing_record(&row, None, &["status"])?,
        )?);
        if let Some(recorded) = loaded.licences_by_org.get(&old.organization_id) {
            let open: Vec<String> = recorded
                .iter()
                .filter(|(_, _, status)| closable(status, mapping))
                .map(|(id, _, _)| id.clone())
                .collect();
            let why = format!(
                "no longer in the {} of {}",
                mapping.register_name, context.source.date
            );
            written.events += close_licences(conn, actor, &open, mapping, &why)?;
        }
    }
    written.events += pending.len();
    events::append_many(conn, actor, pending)?;
    Ok(written)
}

/// An entry held for review, with what placing it later needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct HeldEntry {
    pub entry: Entry,
    pub source: SourceRef,
    pub register_name: String,
    pub authority_name: String,
    pub kind: OrganizationKind,
    pub country: String,
    pub alias_kind: AliasKind,
}

/// Places a held entry once an admin decided: merged into the candidate, or
/// created as its own organization; either way it gets its listing. Returns the
/// organization's id. The caller holds the transaction.
pub(crate) fn place_held(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    review: &ImportReviewRow,
    held: &HeldEntry,
    choice: ReviewChoice,
) -> Result<String, Error> {
    let mapping = held.mapping();
    let context = Context {
        sealer,
        mapping: &mapping,
        authority: &review.authority,
        source: held.source.clone(),
        rows: held.entry.branches.len(),
    };
    let entry = &held.entry;
    let (organization_id, decision) = match choice {
        ReviewChoice::Merge => {
            let loaded = load(conn, &review.authority, &held.country, None)?;
            let i = loaded
                .known
                .index_of(&review.candidate_id)
                .ok_or(Error::NotFound("candidate organization"))?;
            let known = &loaded.known.organizations[i];
            add_names(
                conn,
                actor,
                sealer,
                known,
                entry,
                &mapping,
                &rows_reason(&context, entry),
            )?;
            let (new, _) = licence_changes(entry, loaded.licences_by_org.get(&known.id), &mapping);
            add_licences(conn, actor, &known.id, &new, &context)?;
            let decision = Decision {
                rule: "review",
                score: review.score,
                explanation: format!("merged by an admin after review: {}", review.explanation),
            };
            (known.id.clone(), Some(decision))
        }
        ReviewChoice::Separate => {
            let b = bundle(entry, &mapping, &review.authority);
            check_entry(entry, &b)?;
            let planned =
                bulk::plan_offline(actor, sealer, std::slice::from_ref(&b), HashMap::new())?;
            let id = planned.organization_ids()[0].to_string();
            bulk::write_within(conn, actor, planned)?;
            (id, None)
        }
    };
    let row = listing_row(
        &context,
        entry,
        &organization_id,
        Uuid::now_v7().to_string(),
        events::log::now(),
    )?;
    crate::insert_rows!(conn, register_listings::table, std::slice::from_ref(&row));
    events::append(
        conn,
        actor,
        events::NewEvent {
            action: "listing.recorded",
            entity_type: "listing",
            entity_id: &row.id,
            data: &listing_record(&row, decision, &[])?,
        },
    )?;
    Ok(organization_id)
}

impl HeldEntry {
    /// The parts of the import's mapping that placing the entry uses.
    fn mapping(&self) -> Mapping {
        Mapping {
            register_name: self.register_name.clone(),
            authority_name: self.authority_name.clone(),
            country: self.country.clone(),
            kind: self.kind,
            encoding: "utf-8".into(),
            blank: Vec::new(),
            disappeared: Disappeared::Cancelled,
            columns: crate::import::mapping::Columns {
                names: Vec::new(),
                alias_kind: self.alias_kind,
                licence_number: None,
                licence_type: None,
                valid_from: None,
                valid_until: None,
                address: Vec::new(),
                telephone: None,
                fax: None,
                email: None,
                categories: None,
                categories_separator: ",".into(),
            },
        }
    }
}

/// The reason written with an amendment an import makes: register, date, rows.
fn rows_reason(context: &Context<'_>, entry: &Entry) -> String {
    format!(
        "{}, {}, {}",
        context.mapping.register_name,
        context.source.date,
        rows_label(&entry.rows())
    )
}

/// "row 1843" or "rows 12, 40".
pub fn rows_label(rows: &[u64]) -> String {
    let list: Vec<String> = rows.iter().map(u64::to_string).collect();
    match rows.len() {
        1 => format!("row {}", list[0]),
        _ => format!("rows {}", list.join(", ")),
    }
}

/// Adds the entry's names the organization does not have yet as aliases.
fn add_names(
    conn: &mut AnyConnection,
    actor: &Actor,
    sealer: &Sealer,
    known: &KnownOrganization,
    entry: &Entry,
    mapping: &Mapping,
    reason: &str,
) -> Result<usize, Error> {
    let have: HashSet<String> = known.names.iter().map(|n| entries::fold(n)).collect();
    let missing: Vec<&String> = std::iter::once(&entry.name)
        .chain(&entry.aliases)
        .filter(|n| !have.contains(&entries::fold(n)))
        .collect();
    if missing.is_empty() {
        return Ok(0);
    }
    let id = Uuid::parse_str(&known.id).map_err(|e| Error::Internal(e.to_string()))?;
    let current = organizations::get_organization(conn, id)?;
    let mut list: Vec<NewAlias> = current
        .aliases
        .iter()
        .map(|a| NewAlias {
            name: a.name.clone(),
            kind: a.kind,
        })
        .collect();
    list.extend(missing.into_iter().map(|n| NewAlias {
        name: n.clone(),
        kind: mapping.columns.alias_kind,
    }));
    organizations::amend_organization(
        conn,
        actor,
        sealer,
        id,
        &AmendOrganization {
            kind: None,
            name: None,
            country: None,
            registration_number: None,
            website: None,
            addresses: None,
            aliases: Some(list),
            people: None,
            reason: reason.to_string(),
        },
    )?;
    Ok(1)
}

fn add_licences(
    conn: &mut AnyConnection,
    actor: &Actor,
    organization_id: &str,
    new: &[&ListedLicence],
    context: &Context<'_>,
) -> Result<usize, Error> {
    let id = Uuid::parse_str(organization_id).map_err(|e| Error::Internal(e.to_string()))?;
    for l in new {
        licences::add_licence(
            conn,
            actor,
            id,
            &new_licence(l, context.mapping, context.authority),
        )?;
    }
    Ok(new.len())
}

fn close_licences(
    conn: &mut AnyConnection,
    actor: &Actor,
    ids: &[String],
    mapping: &Mapping,
    reason: &str,
) -> Result<usize, Error> {
    for id in ids {
        let id = Uuid::parse_str(id).map_err(|e| Error::Internal(e.to_string()))?;
        licences::change_licence_status(
            conn,
            actor,
            id,
            &ChangeLicenceStatus {
                status: target_status(mapping),
                reason: reason.to_string(),
                effective_date: None,
                finding_id: None,
                valid_until: None,
            },
        )?;
    }
    Ok(ids.len())
}

/// The report of a plan; `written` is `None` for a dry run.
fn report(
    context: &Context<'_>,
    entries: &[Entry],
    loaded: &Loaded,
    plan: &Plan,
    written: Option<Written>,
) -> ImportReport {
    let mut r = ImportReport {
        authority: context.authority.to_string(),
        register_name: context.mapping.register_name.clone(),
        source: context.source.clone(),
        dry_run: written.is_none(),
        rows: context.rows,
        entries: entries.len(),
        created: 0,
        matched: 0,
        updated: 0,
        unchanged: 0,
        closed: plan.closed.len(),
        held_for_review: 0,
        events: written.as_ref().map(|w| w.events).unwrap_or(0),
        decisions: Vec::new(),
    };
    let org_id = |i: usize| loaded.known.organizations[i].id.clone();
    for (i, (entry, step)) in entries.iter().zip(&plan.steps).enumerate() {
        let (outcome, organization_id, decision, changed) = match step {
            Step::Unchanged | Step::Resolved(Resolution::Listed { .. }) => {
                r.unchanged += 1;
                continue;
            }
            Step::Resolved(Resolution::AlreadyHeld) => {
                r.held_for_review += 1;
                continue;
            }
            Step::Resolved(Resolution::New) => {
                r.created += 1;
                let id = written.as_ref().and_then(|w| w.created.get(&i).cloned());
                (Outcome::Created, id, None, Vec::new())
            }
            Step::Update { listing, changed } => {
                r.updated += 1;
                let id = loaded.listings[*listing].organization_id.clone();
                (Outcome::Updated, Some(id), None, changed.clone())
            }
            Step::Resolved(Resolution::Matched {
                organization,
                decision,
            }) => {
                r.matched += 1;
                (
                    Outcome::Matched,
                    Some(org_id(*organization)),
                    Some(decision.clone()),
                    Vec::new(),
                )
            }
            Step::Resolved(Resolution::Review {
                organization,
                decision,
            }) => {
                r.held_for_review += 1;
                (
                    Outcome::Review,
                    Some(org_id(*organization)),
                    Some(decision.clone()),
                    Vec::new(),
                )
            }
        };
        r.decisions.push(EntryDecision {
            rows: entry.rows(),
            name: entry.name.clone(),
            outcome,
            organization_id,
            decision,
            changed,
        });
    }
    for &i in &plan.closed {
        let l = &loaded.listings[i];
        let branches: Vec<Branch> = serde_json::from_str(&l.branches).unwrap_or_default();
        let name = loaded
            .known
            .index_of(&l.organization_id)
            .map(|o| loaded.known.organizations[o].names[0].clone())
            .unwrap_or_default();
        r.decisions.push(EntryDecision {
            rows: branches.iter().map(|b| b.row).collect(),
            name,
            outcome: Outcome::Closed,
            organization_id: Some(l.organization_id.clone()),
            decision: None,
            changed: vec!["status"],
        });
    }
    r
}
