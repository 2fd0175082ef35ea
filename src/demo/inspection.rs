//! Invented complaints, findings, fee violations, sanctions and refunds for the demo
//! organizations (never for real ones), written through the same use cases as the
//! API, so `serve --demo` shows every state of the inspection workflow.

use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use crate::crypto::Sealer;
use crate::db::AnyConnection;
use crate::domain::complaint::{AgeBand, ComplaintCategory, ComplaintStatus, Sector, Sex};
use crate::domain::finding::{FeeCategory, FindingStatus, SanctionKind, Severity};
use crate::domain::role::Actor;
use crate::error::Error;
use crate::registry::complaints::{
    self, ChangeComplaintStatus, NewComplainant, NewComplaint, NewRespondent,
};
use crate::registry::findings::{
    self, ChangeFindingStatus, NewFeeViolation, NewFinding, NewRefund, NewSanction, NewViolation,
};

/// An organization the demo may complain about.
pub struct Target {
    pub id: Uuid,
    pub country: String,
    pub licensed: bool,
}

/// What the inspection part of a demo load wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct InspectionSummary {
    pub complaints: usize,
    pub findings: usize,
    pub refunds: usize,
}

/// Each status a complaint can reach, and the path to it.
const COMPLAINT_PATHS: [&[ComplaintStatus]; 7] = {
    use ComplaintStatus::*;
    [
        &[],
        &[UnderReview],
        &[UnderReview, Investigating],
        &[UnderReview, Investigating, Substantiated],
        &[UnderReview, Investigating, Unsubstantiated],
        &[UnderReview, Referred],
        &[Withdrawn],
    ]
};

/// Each public and draft state a finding can be in, and the path to it.
const FINDING_PATHS: [&[FindingStatus]; 5] = {
    use FindingStatus::*;
    [
        &[],
        &[Published],
        &[Published, Appealed],
        &[Published, Appealed, Upheld],
        &[Published, Appealed, Overturned],
    ]
};

/// The currency fees are charged in, by the agency's country.
fn currency_of(country: &str) -> &'static str {
    match country {
        "NP" => "NPR",
        "BD" => "BDT",
        "IN" => "INR",
        "LK" => "LKR",
        "PK" => "PKR",
        "PH" => "PHP",
        "ID" => "IDR",
        "ET" => "ETB",
        "KE" => "KES",
        "UG" => "UGX",
        "TH" => "THB",
        "MM" => "MMK",
        _ => "USD",
    }
}

const NARRATIVES: [&str; 4] = [
    "The agent asked for a fee before the visa was issued and kept my passport until I paid.",
    "The contract I signed at home was replaced by another one with a lower salary when I arrived.",
    "I was not allowed to leave the house and my wages were held back for three months.",
    "The sub-agent in my village took money for medical tests and the flight, and gave no receipt.",
];

fn pick<T: Copy, R: Rng>(rng: &mut R, items: &[T]) -> Option<T> {
    (!items.is_empty()).then(|| items[rng.gen_range(0..items.len())])
}

/// Files complaints against some targets and findings against others, walking each
/// through its workflow so that every state appears.
pub fn load(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    targets: &[Target],
    seed: u64,
) -> Result<InspectionSummary, Error> {
    // One transaction for the whole set: each use case's own transaction becomes a
    // savepoint, so thousands of small writes share one commit.
    crate::db::write_transaction(conn, |conn| load_in(conn, sealer, targets, seed))
}

fn load_in(
    conn: &mut AnyConnection,
    sealer: &Sealer,
    targets: &[Target],
    seed: u64,
) -> Result<InspectionSummary, Error> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_add(0x1D5));
    let actor = Actor::cli();
    let mut summary = InspectionSummary::default();
    let complaint_count = (targets.len() / 5).min(5_000);
    for i in 0..complaint_count {
        let Some(target) = targets.get(rng.gen_range(0..targets.len())) else {
            break;
        };
        let categories: Vec<ComplaintCategory> = (0..rng.gen_range(1..=3))
            .filter_map(|_| pick(&mut rng, &ComplaintCategory::ALL))
            .collect();
        let complaint = NewComplaint {
            respondents: vec![NewRespondent {
                organization_id: Some(target.id),
                name: None,
                country: None,
            }],
            categories,
            narrative: pick(&mut rng, &NARRATIVES).map(str::to_string),
            incident_countries: vec![target.country.clone()],
            complainant: Some(NewComplainant {
                name: None,
                contact: None,
                sex: pick(
                    &mut rng,
                    &[
                        Sex::Female,
                        Sex::Female,
                        Sex::Female,
                        Sex::Male,
                        Sex::Undisclosed,
                    ],
                ),
                age_band: pick(&mut rng, &AgeBand::ALL),
                nationality: Some(target.country.clone()),
                sector: pick(
                    &mut rng,
                    &[
                        Sector::DomesticWork,
                        Sector::DomesticWork,
                        Sector::Care,
                        Sector::Construction,
                        Sector::Agriculture,
                    ],
                ),
            }),
            preferred_language: None,
            consent_to_contact: rng.gen_bool(0.3),
        };
        let filed = complaints::file_complaint(conn, sealer, &actor, &complaint)?;
        for status in COMPLAINT_PATHS[i % COMPLAINT_PATHS.len()] {
            complaints::change_complaint_status(
                conn,
                sealer,
                &actor,
                filed.id,
                &ChangeComplaintStatus {
                    status: *status,
                    note: None,
                },
            )?;
        }
        summary.complaints += 1;
    }

    let licensed: Vec<&Target> = targets.iter().filter(|t| t.licensed).collect();
    let finding_count = (targets.len() / 15).min(1_000);
    for i in 0..finding_count {
        let Some(target) = pick(&mut rng, &licensed) else {
            break;
        };
        let currency = currency_of(&target.country);
        let workers: i64 = rng.gen_range(3..60);
        let per_worker: i64 = rng.gen_range(50..500) * 100_000;
        let charged = per_worker * workers;
        let sanction = pick(&mut rng, &SanctionKind::ALL).unwrap_or(SanctionKind::Warning);
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default()
            + Duration::days(rng.gen_range(0..500));
        let finding = findings::create_finding(
            conn,
            &actor,
            &NewFinding {
                organization_id: target.id,
                complaint_ids: Vec::new(),
                jurisdiction: None,
                summary: Some("Workers were charged recruitment fees and medical costs that the employer must pay.".into()),
                violations: vec![NewViolation {
                    category: ComplaintCategory::RecruitmentFee,
                    legal_basis: Some("Recruitment regulations: no fees may be charged to workers".into()),
                    description: Some("Fees collected in cash without receipts".into()),
                    severity: pick(&mut rng, &Severity::ALL).unwrap_or(Severity::High),
                }],
                fee_violations: vec![NewFeeViolation {
                    category: pick(&mut rng, &FeeCategory::ALL).unwrap_or(FeeCategory::RecruitmentFee),
                    amount_per_worker_minor: per_worker,
                    currency: currency.into(),
                    workers_affected: workers,
                    refund_ordered_minor: Some(charged),
                }],
                sanctions: vec![NewSanction {
                    kind: sanction,
                    amount_minor: (sanction == SanctionKind::Fine).then_some(per_worker * 10),
                    currency: (sanction == SanctionKind::Fine).then(|| currency.to_string()),
                    starts_on: Some(start),
                    ends_on: (sanction == SanctionKind::Suspension).then(|| start + Duration::days(180)),
                    description: None,
                }],
            },
        )?;
        let path = FINDING_PATHS[i % FINDING_PATHS.len()];
        for status in path {
            findings::change_finding_status(
                conn,
                &actor,
                finding.id,
                &ChangeFindingStatus {
                    status: *status,
                    note: None,
                },
            )?;
        }
        summary.findings += 1;
        if !path.is_empty()
            && *path.last().unwrap_or(&FindingStatus::Draft) != FindingStatus::Overturned
        {
            // Some refunds paid, rarely all of them.
            for share in [3, 5] {
                if rng.gen_bool(0.5) {
                    findings::record_refund(
                        conn,
                        &actor,
                        finding.id,
                        &NewRefund {
                            fee_violation_id: None,
                            amount_minor: charged / share,
                            currency: currency.into(),
                            date: start + Duration::days(60),
                            workers: Some(workers / share),
                        },
                    )?;
                    summary.refunds += 1;
                }
            }
        }
    }
    Ok(summary)
}
