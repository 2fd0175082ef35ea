//! The demo data set: invented organizations in their own scripts, people linked to
//! several of them, licences in every status with histories. Deterministic for a seed.
//! Names are invented (see `names`); no real organization ever appears here.

pub mod inspection;
pub mod names;

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use diesel::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use crate::crypto::Sealer;
use crate::db::AnyConnection;
use crate::domain::licence::{effective_status, LicenceStatus};
use crate::domain::organization::{AliasKind, OrganizationKind, PersonRole};
use crate::domain::role::Actor;
use crate::error::Error;
use crate::registry::bulk::{self, LicenceBundle, OrganizationBundle};
use crate::registry::licences::{ChangeLicenceStatus, NewLicence};
use crate::registry::organizations::{today, NewAlias, NewOrganization, NewPersonLink};

/// Size of the set `serve --demo` loads.
pub const DEFAULT_ORGANIZATIONS: usize = 600;

/// Organizations that may receive invented complaints and findings.
const MAX_TARGETS: usize = 25_000;

/// Most organizations written per transaction.
const MAX_BATCH: usize = 10_000;

/// What a load wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub organizations: usize,
    pub licences: usize,
    pub people: usize,
    pub inspection: inspection::InspectionSummary,
}

/// Loads the demo set unless the registry already holds organizations.
pub fn load_once(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    count: usize,
    seed: u64,
) -> Result<Option<Summary>, Error> {
    let existing: i64 = crate::db::schema::organizations::table
        .count()
        .get_result(conn)?;
    if existing > 0 {
        return Ok(None);
    }
    load(conn, sealer, count, seed).map(Some)
}

/// Generates `count` organizations from `seed` and registers them through the bulk
/// use case, so every row has its event in the audit chain. Generating and planning
/// a batch run on their own thread while the batch before is written, which keeps
/// both cores busy on a large set.
pub fn load(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    count: usize,
    seed: u64,
) -> Result<Summary, Error> {
    // Several batches even for a small set: people are shared across batches.
    let batch = (count / 10).clamp(50, MAX_BATCH);
    let (sender, batches) = std::sync::mpsc::sync_channel::<Result<PlannedBatch, Error>>(1);
    let planner_sealer = sealer.clone();
    let planner = std::thread::spawn(move || {
        let mut generator = Generator::new(seed, planner_sealer);
        let mut done = 0;
        while done < count {
            let size = batch.min(count - done);
            let planned = generator.plan(size);
            let failed = planned.is_err();
            if sender.send(planned).is_err() || failed {
                break;
            }
            done += size;
        }
        generator.people.ids.len()
    });

    let started = std::time::Instant::now();
    crate::db::relax_durability(conn, true)?;
    let written = write_batches(conn, batches);
    crate::db::relax_durability(conn, false)?;
    tracing::debug!(
        seconds = started.elapsed().as_secs_f64(),
        "demo organizations written"
    );
    let people = planner
        .join()
        .map_err(|_| Error::Internal("the demo data generator failed".into()))?;
    let (mut summary, targets) = written?;
    summary.people = people;
    let started = std::time::Instant::now();
    summary.inspection = inspection::load(conn, sealer, &targets, seed)?;
    tracing::debug!(
        seconds = started.elapsed().as_secs_f64(),
        "demo inspection records written"
    );
    Ok(summary)
}

/// Writes planned batches as they arrive; returns what was written and the
/// organizations that may receive invented complaints and findings.
fn write_batches(
    conn: &mut AnyConnection,
    batches: std::sync::mpsc::Receiver<Result<PlannedBatch, Error>>,
) -> Result<(Summary, Vec<inspection::Target>), Error> {
    let actor = Actor::cli();
    let mut summary = Summary::default();
    let mut targets = Vec::new();
    for planned in batches {
        let PlannedBatch {
            plan,
            organizations,
        } = planned?;
        let created = bulk::write(conn, &actor, plan)?;
        // Complaints and findings go to the first organizations, a few thousand at most.
        if targets.len() < MAX_TARGETS {
            targets.extend(created.organization_ids.iter().zip(organizations).map(
                |(id, (country, licensed))| inspection::Target {
                    id: *id,
                    country,
                    licensed,
                },
            ));
        }
        summary.organizations += created.organization_ids.len();
        summary.licences += created.licences;
    }
    Ok((summary, targets))
}

/// One batch ready to write, with each organization's country and whether it holds
/// a licence.
struct PlannedBatch {
    plan: bulk::Planned,
    organizations: Vec<(String, bool)>,
}

/// The people generated so far, by position in creation order: the generator
/// links later organizations to them. Names sit in one string to keep a million
/// people in tens of megabytes.
#[derive(Default)]
struct People {
    ids: Vec<Uuid>,
    name_ends: Vec<usize>,
    names: String,
}

impl People {
    fn add(&mut self, id: Uuid, name: &str) {
        self.ids.push(id);
        self.names.push_str(name);
        self.name_ends.push(self.names.len());
    }

    fn get(&self, position: usize) -> Option<(Uuid, &str)> {
        let start = match position {
            0 => 0,
            p => *self.name_ends.get(p - 1)?,
        };
        let end = *self.name_ends.get(position)?;
        Some((*self.ids.get(position)?, self.names.get(start..end)?))
    }
}

/// The generator's state: its random stream and how many people and licences it
/// has generated so far.
struct Generator {
    rng: ChaCha8Rng,
    sealer: Sealer,
    /// People of the batches already planned.
    people: People,
    licences: usize,
}

impl Generator {
    fn new(seed: u64, sealer: Sealer) -> Generator {
        Generator {
            rng: ChaCha8Rng::seed_from_u64(seed),
            sealer,
            people: People::default(),
            licences: 0,
        }
    }

    /// Generates `size` organizations and plans their registration. Links to
    /// earlier people are resolved here, where those people's ids are known.
    fn plan(&mut self, size: usize) -> Result<PlannedBatch, Error> {
        let people_before = self.people.ids.len();
        let mut bundles = Vec::with_capacity(size);
        let mut known = HashMap::new();
        for _ in 0..size {
            let (mut bundle, shared) =
                generate_one(&mut self.rng, people_before, &mut self.licences);
            for (link, position) in shared {
                let (id, name) = self.people.get(position).ok_or_else(|| {
                    Error::Internal("demo data refers to a person not yet generated".into())
                })?;
                if let Some(l) = bundle.organization.people.get_mut(link) {
                    l.person_id = Some(id);
                }
                known.insert(id, name.to_string());
            }
            bundles.push(bundle);
        }
        let organizations = bundles
            .iter()
            .map(|b| (b.organization.country.clone(), !b.licences.is_empty()))
            .collect();
        let plan = bulk::plan_offline(&Actor::cli(), &self.sealer, &bundles, known)?;
        for (id, name) in plan.new_people() {
            self.people.add(id, name);
        }
        Ok(PlannedBatch {
            plan,
            organizations,
        })
    }
}

/// Licensing authorities of the demo countries (real public bodies; only the
/// organizations they license are invented).
fn authority_name(country: &str) -> &'static str {
    match country {
        "NP" => "Department of Foreign Employment",
        "BD" => "Bureau of Manpower, Employment and Training",
        "IN" => "Protector General of Emigrants",
        "LK" => "Sri Lanka Bureau of Foreign Employment",
        "PH" => "Department of Migrant Workers",
        "ID" => "Ministry of Manpower",
        "ET" => "Ministry of Labour and Skills",
        "KE" => "National Employment Authority",
        "UG" => "Ministry of Gender, Labour and Social Development",
        "MY" => "Department of Labour Peninsular Malaysia",
        "SG" => "Ministry of Manpower",
        "HK" => "Labour Department",
        _ => "Ministry of Labour",
    }
}

fn licence_number<R: Rng>(rng: &mut R, country: &str, serial: usize) -> String {
    let year = rng.gen_range(2010..2026);
    match country {
        "NP" => format!("{}/{:03}/{}", serial, year - 1943, year - 1942),
        "PH" => format!("POEA-{:03}-LB-{:06}-R", serial % 1000, serial),
        "BD" => format!("RL-{}", serial),
        "IN" => format!("B-{:04}/{}/PER/1000+/{}", serial, country, year),
        _ => format!("{country} {year}-{serial:07}"),
    }
}

fn pick<'a, R: Rng>(rng: &mut R, items: &'a [&'a str]) -> &'a str {
    items[rng.gen_range(0..items.len())]
}

/// One organization; also returns its links to existing people as (link, person position).
fn generate_one<R: Rng>(
    rng: &mut R,
    people_before: usize,
    licence_serial: &mut usize,
) -> (OrganizationBundle, Vec<(usize, usize)>) {
    let kind = match rng.gen_range(0..100) {
        0..=59 => OrganizationKind::Agency,
        60..=74 => OrganizationKind::SubAgent,
        _ => OrganizationKind::Employer,
    };
    let country = match kind {
        OrganizationKind::Employer => pick(rng, names::DESTINATION_COUNTRIES),
        _ => pick(rng, names::ORIGIN_COUNTRIES),
    };
    let name = names::organization_name(rng, country, kind.as_str());
    let mut aliases = Vec::new();
    if name.native != name.latin {
        aliases.push(NewAlias {
            name: name.latin.clone(),
            kind: AliasKind::Transliteration,
        });
    }
    if rng.gen_bool(0.3) {
        aliases.push(NewAlias {
            name: names::variant_spelling(rng, &name.latin),
            kind: AliasKind::Trade,
        });
    }
    if rng.gen_bool(0.1) {
        let former = names::organization_name(rng, country, kind.as_str());
        aliases.push(NewAlias {
            name: former.latin,
            kind: AliasKind::Former,
        });
    }
    let mut links = Vec::new();
    let mut shared = Vec::new();
    for role in [PersonRole::Owner, PersonRole::Director, PersonRole::Manager] {
        if role != PersonRole::Owner && rng.gen_bool(0.5) {
            continue;
        }
        // About a third of the people also run another organization: the links that
        // let an inspector follow an owner from a revoked agency to a new one.
        if people_before > 0 && rng.gen_bool(0.3) {
            shared.push((links.len(), rng.gen_range(0..people_before)));
            links.push(NewPersonLink {
                person_id: None,
                name: None,
                role,
                date_of_birth: None,
                id_number: None,
            });
        } else {
            let person = names::person_name(rng, country);
            links.push(NewPersonLink {
                person_id: None,
                name: Some(person.native),
                role,
                date_of_birth: None,
                id_number: None,
            });
        }
    }
    let organization = NewOrganization {
        kind,
        name: name.native,
        country: country.into(),
        aliases,
        people: links,
        registration_number: rng
            .gen_bool(0.7)
            .then(|| format!("{}-{}", country, rng.gen_range(10_000..999_999))),
        addresses: vec![format!(
            "{} Demo Road, Demo District {}",
            rng.gen_range(1..300),
            rng.gen_range(1..40)
        )],
        website: None,
    };

    let licensed = match kind {
        OrganizationKind::Agency => true,
        OrganizationKind::SubAgent => rng.gen_bool(0.2),
        OrganizationKind::Employer => rng.gen_bool(0.2),
    };
    if !licensed {
        let bundle = OrganizationBundle {
            organization,
            licences: Vec::new(),
        };
        return (bundle, shared);
    }
    *licence_serial += 1;
    let base = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap_or_default();
    let valid_from = base + Duration::days(rng.gen_range(0..1_900));
    let valid_until = valid_from + Duration::days(365 * rng.gen_range(2..=4));
    let initial = if rng.gen_bool(0.05) {
        LicenceStatus::Pending
    } else {
        LicenceStatus::Active
    };
    let licence = NewLicence {
        authority: country.into(),
        authority_name: authority_name(country).into(),
        number: licence_number(rng, country, *licence_serial),
        licence_type: Some("recruitment".into()),
        valid_from: Some(valid_from),
        valid_until: Some(valid_until),
        status: Some(initial),
    };

    // A history drawn from the paths real licences take; steps the workflow does
    // not allow from today's status are left out.
    let path: &[(LicenceStatus, &str)] = match rng.gen_range(0..100) {
        0..=9 => &[
            (
                LicenceStatus::Suspended,
                "Suspended pending an inspection of fee receipts",
            ),
            (
                LicenceStatus::Active,
                "Suspension lifted after refunds were paid",
            ),
        ],
        10..=17 => &[(
            LicenceStatus::Revoked,
            "Revoked for charging workers recruitment fees",
        )],
        18..=23 => &[
            (
                LicenceStatus::Suspended,
                "Suspended after complaints of passport retention",
            ),
            (
                LicenceStatus::Revoked,
                "Revoked after the inspection confirmed the complaints",
            ),
        ],
        24..=27 => &[(LicenceStatus::Cancelled, "Surrendered by the holder")],
        28..=31 => &[(LicenceStatus::Expired, "Not renewed")],
        32..=35 => &[(
            LicenceStatus::Suspended,
            "Suspended for deceptive job advertisements",
        )],
        _ => &[],
    };
    let mut current = effective_status(initial, Some(valid_until), today());
    let mut date = valid_from;
    let mut changes = Vec::new();
    for (next, reason) in path {
        if !current.can_become(*next) {
            break;
        }
        date += Duration::days(rng.gen_range(30..300));
        changes.push(ChangeLicenceStatus {
            status: *next,
            reason: (*reason).into(),
            effective_date: Some(date),
            finding_id: None,
            valid_until: None,
        });
        current = *next;
    }
    let bundle = OrganizationBundle {
        organization,
        licences: vec![LicenceBundle { licence, changes }],
    };
    (bundle, shared)
}
