//! Findings: an inspector's decision about an organization, with its violations, fee
//! violations and sanctions; the fee totals per currency; and the accountability summary,
//! the few plain sentences that open an organization's public profile.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::licence::LicenceStatus;
use super::money::{format_amount, parse_currency, MoneyError};

/// Where a finding stands. Only published findings (and what follows them) are public;
/// an appealed finding stays public and is shown as appealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    /// Being written by the inspector; not public.
    Draft,
    /// Decided and public.
    Published,
    /// The organization has appealed; the finding stays public while the appeal runs.
    Appealed,
    /// The appeal was rejected: the finding stands (final).
    Upheld,
    /// The appeal succeeded: the finding no longer stands, and is shown as overturned (final).
    Overturned,
}

/// How serious a violation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// A breach of procedure with little harm to workers, such as a missing record.
    Low,
    /// Harm to workers that can be put right, such as a fee that can be refunded.
    Medium,
    /// Serious harm to workers, such as deception or document retention.
    High,
    /// Forced labour, trafficking, violence or harm to a child.
    Critical,
}

/// The kind of fee or cost a worker was charged, after the ILO Definition of Recruitment
/// Fees and Related Costs (2019). None of them may be charged to a worker: the employer
/// pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeCategory {
    /// A fee for the recruitment itself: placement, advertising, finding or selecting the
    /// worker, a service or commission fee.
    RecruitmentFee,
    /// Medical examinations, health certificates and vaccinations.
    Medical,
    /// Insurance of the worker's life, health or safety, or a welfare fund for migrant workers.
    Insurance,
    /// Skills, language or qualification tests, and certifying them.
    SkillsTest,
    /// Training and orientation, before departure or on arrival.
    Training,
    /// Tools, uniforms, safety gear and other equipment needed for the job.
    Equipment,
    /// Travel and lodging: tickets, transport, food and accommodation on the way, within
    /// the country and across borders, including the journey home.
    TravelLodging,
    /// Administrative costs: applications, documents, passports, visas, background
    /// checks, security and exit clearances, bank services, work and residence permits.
    Administrative,
    /// Illegitimate costs, never lawful for anyone: bribes, tributes, extortion or
    /// kickbacks, bonds, deposits, illegal cost-recovery fees.
    Illegitimate,
    /// Any other cost charged to the worker for her recruitment; the finding describes it.
    Other,
}

/// A sanction imposed on an organization by a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SanctionKind {
    /// A formal warning.
    Warning,
    /// A fine paid to the authority (not a refund to workers).
    Fine,
    /// The licence is suspended: the organization may not recruit for a time.
    Suspension,
    /// The licence is revoked.
    Revocation,
    /// The organization, or the people behind it, may not hold a licence or recruit.
    Blacklisting,
    /// The case is referred to prosecution.
    Referral,
}

/// Writes `ALL`, `as_str` and `parse` from one table, so the three cannot disagree.
macro_rules! wire_names {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in the order forms and statistics list them.
            pub const ALL: [$ty; [$($text),+].len()] = [$($ty::$variant),+];

            /// The wire name, as in JSON and the database.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $text),+
                }
            }

            /// Reads a wire name (exact, case-sensitive); `None` for anything else.
            pub fn parse(value: &str) -> Option<$ty> {
                match value {
                    $($text => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

wire_names!(FindingStatus {
    Draft => "draft",
    Published => "published",
    Appealed => "appealed",
    Upheld => "upheld",
    Overturned => "overturned",
});

wire_names!(Severity {
    Low => "low",
    Medium => "medium",
    High => "high",
    Critical => "critical",
});

wire_names!(FeeCategory {
    RecruitmentFee => "recruitment_fee",
    Medical => "medical",
    Insurance => "insurance",
    SkillsTest => "skills_test",
    Training => "training",
    Equipment => "equipment",
    TravelLodging => "travel_lodging",
    Administrative => "administrative",
    Illegitimate => "illegitimate",
    Other => "other",
});

wire_names!(SanctionKind {
    Warning => "warning",
    Fine => "fine",
    Suspension => "suspension",
    Revocation => "revocation",
    Blacklisting => "blacklisting",
    Referral => "referral",
});

impl FindingStatus {
    /// Statuses a finding may move to from this one: a draft is published, a published
    /// finding may be appealed, and an appeal ends upheld or overturned.
    pub fn allowed_next(self) -> &'static [FindingStatus] {
        use FindingStatus::*;
        match self {
            Draft => &[Published],
            Published => &[Appealed],
            Appealed => &[Upheld, Overturned],
            Upheld | Overturned => &[],
        }
    }

    pub fn can_become(self, next: FindingStatus) -> bool {
        self.allowed_next().contains(&next)
    }

    /// Findings that stand: public and not overturned. Their sanctions are in force
    /// (within their period) and they count in an organization's record.
    pub const STANDING: [FindingStatus; 3] = [
        FindingStatus::Published,
        FindingStatus::Appealed,
        FindingStatus::Upheld,
    ];

    /// Whether anyone may see the finding: every status but `draft`.
    pub fn is_public(self) -> bool {
        self != FindingStatus::Draft
    }
}

/// Whether a sanction running from `starts_on` to `ends_on` (both included; an open
/// end is open) is in force on `as_of`.
pub fn sanction_in_force(
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
    as_of: NaiveDate,
) -> bool {
    starts_on.is_none_or(|d| d <= as_of) && ends_on.is_none_or(|d| d >= as_of)
}

impl SanctionKind {
    /// The licence status this sanction puts the organization's licence in, if any:
    /// a suspension suspends it, a revocation revokes it.
    pub fn changes_licence(self) -> Option<LicenceStatus> {
        match self {
            SanctionKind::Suspension => Some(LicenceStatus::Suspended),
            SanctionKind::Revocation => Some(LicenceStatus::Revoked),
            _ => None,
        }
    }

    /// How the sanction reads in a sentence, once and several times.
    fn phrase(self) -> (&'static str, &'static str) {
        match self {
            SanctionKind::Warning => ("a warning", "warnings"),
            SanctionKind::Fine => ("a fine", "fines"),
            SanctionKind::Suspension => ("a licence suspension", "licence suspensions"),
            SanctionKind::Revocation => ("a licence revocation", "licence revocations"),
            SanctionKind::Blacklisting => ("blacklisting", "blacklistings"),
            SanctionKind::Referral => ("a referral to prosecution", "referrals to prosecution"),
        }
    }
}

/// The money of one fee violation, as `fee_totals` needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeViolationAmounts {
    /// ISO 4217 code.
    pub currency: String,
    /// What each worker was charged, in minor units.
    pub amount_per_worker_minor: i64,
    pub workers_affected: i64,
    /// The refund the inspector ordered, in total for all workers, in minor units.
    pub refund_ordered_minor: i64,
}

/// One refund paid to workers, as `fee_totals` needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundAmount {
    /// ISO 4217 code; the same as the fee violation's.
    pub currency: String,
    pub amount_minor: i64,
}

/// Fees charged to workers and refunds, totalled for one currency. Amounts are in minor
/// units of `currency`; currencies are never converted or added together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FeeTotals {
    /// ISO 4217 code, for example "NPR".
    pub currency: String,
    /// Charged to workers: amount per worker times workers affected, summed.
    pub charged_minor: i64,
    /// Refunds ordered by inspectors.
    pub refund_ordered_minor: i64,
    /// Refunds paid to workers so far.
    pub refunded_minor: i64,
    /// Ordered but not yet refunded; never below 0, even when more was refunded than ordered.
    pub outstanding_minor: i64,
    /// Workers charged: the largest number affected by any one fee violation in this
    /// currency. The several fees of one finding usually fall on the same workers, so
    /// counts are not added up; read it as "at least".
    pub workers_affected: i64,
}

/// Totals fee violations and refunds per currency, sorted by currency code.
///
/// Codes are compared after `parse_currency` ("npr" and "NPR" are one currency).
/// Fails with `MoneyError::Overflow` when a product or sum does not fit in an `i64`,
/// and with `MoneyError::MixedCurrencies` when a refund is in a currency none of the
/// fee violations is in: a refund repays a fee in the currency it was charged in.
pub fn fee_totals(
    violations: &[FeeViolationAmounts],
    refunds: &[RefundAmount],
) -> Result<Vec<FeeTotals>, MoneyError> {
    let mut by_currency: BTreeMap<String, FeeTotals> = BTreeMap::new();
    for violation in violations {
        let currency = currency_key(&violation.currency);
        let totals = by_currency
            .entry(currency.clone())
            .or_insert_with(|| FeeTotals {
                currency,
                charged_minor: 0,
                refund_ordered_minor: 0,
                refunded_minor: 0,
                outstanding_minor: 0,
                workers_affected: 0,
            });
        let charged = violation
            .amount_per_worker_minor
            .checked_mul(violation.workers_affected)
            .ok_or(MoneyError::Overflow)?;
        totals.charged_minor = add(totals.charged_minor, charged)?;
        totals.refund_ordered_minor =
            add(totals.refund_ordered_minor, violation.refund_ordered_minor)?;
        totals.workers_affected = totals.workers_affected.max(violation.workers_affected);
    }
    for refund in refunds {
        let totals = by_currency
            .get_mut(&currency_key(&refund.currency))
            .ok_or(MoneyError::MixedCurrencies)?;
        totals.refunded_minor = add(totals.refunded_minor, refund.amount_minor)?;
    }
    let mut all: Vec<FeeTotals> = by_currency.into_values().collect();
    for totals in &mut all {
        totals.outstanding_minor = totals
            .refund_ordered_minor
            .checked_sub(totals.refunded_minor)
            .ok_or(MoneyError::Overflow)?
            .max(0);
    }
    Ok(all)
}

fn add(total: i64, amount: i64) -> Result<i64, MoneyError> {
    total.checked_add(amount).ok_or(MoneyError::Overflow)
}

/// The canonical code, or the code as stored when it is not one the registry knows.
fn currency_key(code: &str) -> String {
    parse_currency(code).map_or_else(|| code.trim().to_string(), str::to_string)
}

/// What the accountability summary is written from: the public facts of one organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryFacts {
    pub organization_name: String,
    /// Licence changes worth a sentence, such as the latest revocation or suspension, oldest first.
    pub licence_events: Vec<LicenceFact>,
    /// Public findings that stand: published, appealed or upheld (not overturned).
    pub published_findings: usize,
    /// From `fee_totals`.
    pub fee_totals: Vec<FeeTotals>,
    pub sanctions_in_force: Vec<SanctionKind>,
    pub open_complaints: i64,
    pub total_complaints: i64,
}

/// A licence status change for the summary: the status, its effective date, and the
/// reference of the finding behind it, such as "F-01A2B3C4".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceFact {
    pub status: LicenceStatus,
    pub date: NaiveDate,
    pub finding_reference: Option<String>,
}

/// The plain English sentences that open an organization's profile, each readable on its
/// own, in this order: licence events, published findings, fees per currency, sanctions
/// in force, complaints. For example:
///
/// - "Licence revoked on 3 May 2026 after finding F-01A2B3C4."
/// - "2 published findings."
/// - "42 workers were charged a total of NPR 8,400,000.00 in illegal recruitment fees;
///   NPR 1,200,000.00 has been refunded so far and NPR 7,200,000.00 is outstanding."
/// - "Sanctions in force against Example Agency: a fine and a licence revocation."
/// - "3 complaints received, 1 still open."
///
/// Complaints appear only as counts: they are allegations, not findings.
pub fn accountability_summary(facts: &SummaryFacts) -> Vec<String> {
    let mut sentences = Vec::new();
    for event in &facts.licence_events {
        sentences.push(licence_sentence(event));
    }
    sentences.push(match facts.published_findings {
        0 => "No published findings.".to_string(),
        1 => "1 published finding.".to_string(),
        n => format!("{n} published findings."),
    });
    for totals in &facts.fee_totals {
        if let Some(sentence) = fee_sentence(totals) {
            sentences.push(sentence);
        }
    }
    sentences.push(sanctions_sentence(
        &facts.organization_name,
        &facts.sanctions_in_force,
    ));
    sentences.push(complaints_sentence(
        facts.total_complaints,
        facts.open_complaints,
    ));
    sentences
}

/// "3 May 2026".
fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn licence_sentence(event: &LicenceFact) -> String {
    let what = match event.status {
        LicenceStatus::Pending => "Licence applied for on",
        LicenceStatus::Active => "Licence active since",
        LicenceStatus::Suspended => "Licence suspended on",
        LicenceStatus::Revoked => "Licence revoked on",
        LicenceStatus::Expired => "Licence expired on",
        LicenceStatus::Cancelled => "Licence cancelled on",
    };
    let date = long_date(event.date);
    match &event.finding_reference {
        Some(reference) => format!("{what} {date} after finding {reference}."),
        None => format!("{what} {date}."),
    }
}

fn fee_sentence(totals: &FeeTotals) -> Option<String> {
    let FeeTotals {
        currency,
        charged_minor: charged,
        refund_ordered_minor: ordered,
        refunded_minor: refunded,
        outstanding_minor: outstanding,
        workers_affected: workers,
    } = totals;
    if *charged == 0 && *ordered == 0 && *refunded == 0 {
        return None;
    }
    let money = |minor: &i64| format_amount(*minor, currency);
    let who = match workers {
        1 => "1 worker was".to_string(),
        n if *n > 1 => format!("{n} workers were"),
        _ => "Workers were".to_string(),
    };
    let charge = format!(
        "{who} charged a total of {} in illegal recruitment fees",
        money(charged)
    );
    let sentence = if *ordered == 0 {
        if *refunded == 0 {
            format!("{charge}; no refund has been ordered.")
        } else {
            format!("{charge}; {} has been refunded.", money(refunded))
        }
    } else {
        let order = if ordered == charged {
            String::new()
        } else {
            format!(", and a refund of {} was ordered", money(ordered))
        };
        let paid = if *outstanding == 0 {
            format!(
                "{} has been refunded and nothing is outstanding",
                money(refunded)
            )
        } else if *refunded == 0 {
            format!(
                "nothing has been refunded so far and {} is outstanding",
                money(outstanding)
            )
        } else {
            format!(
                "{} has been refunded so far and {} is outstanding",
                money(refunded),
                money(outstanding)
            )
        };
        format!("{charge}{order}; {paid}.")
    };
    Some(sentence)
}

fn sanctions_sentence(organization: &str, sanctions: &[SanctionKind]) -> String {
    let mut phrases = Vec::new();
    for kind in SanctionKind::ALL {
        let count = sanctions.iter().filter(|s| **s == kind).count();
        let (one, several) = kind.phrase();
        match count {
            0 => {}
            1 => phrases.push(one.to_string()),
            n => phrases.push(format!("{n} {several}")),
        }
    }
    let against = if organization.trim().is_empty() {
        String::new()
    } else {
        format!(" against {}", organization.trim())
    };
    let listed = match phrases.as_slice() {
        // Names often end in "Ltd." or "W.L.L.": no second full stop.
        [] if against.ends_with('.') => return format!("No sanctions in force{against}"),
        [] => return format!("No sanctions in force{against}."),
        [only] => only.clone(),
        [first @ .., last] => format!("{} and {last}", first.join(", ")),
    };
    let noun = if sanctions.len() == 1 {
        "Sanction"
    } else {
        "Sanctions"
    };
    format!("{noun} in force{against}: {listed}.")
}

fn complaints_sentence(total: i64, open: i64) -> String {
    let received = match total {
        n if n <= 0 => return "No complaints received.".to_string(),
        1 => "1 complaint received".to_string(),
        n => format!("{n} complaints received"),
    };
    if open <= 0 {
        format!("{received}, none still open.")
    } else {
        format!("{received}, {open} still open.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::fmt::Debug;
    use utoipa::PartialSchema;

    fn round_trips<T>(all: &[T], as_str: fn(T) -> &'static str, parse: fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + Debug + Serialize + for<'de> Deserialize<'de> + PartialSchema,
    {
        let mut seen = HashSet::new();
        for &value in all {
            let name = as_str(value);
            assert!(seen.insert(name), "{name} twice");
            assert_eq!(
                serde_json::to_value(value).ok(),
                Some(serde_json::Value::from(name))
            );
            assert_eq!(
                serde_json::from_value::<T>(serde_json::Value::from(name)).ok(),
                Some(value)
            );
            assert_eq!(parse(name), Some(value));
            if name.to_uppercase() != name {
                assert_eq!(parse(&name.to_uppercase()), None);
            }
        }
        assert!(serde_json::from_str::<T>("\"nonsense\"").is_err());
        let schema = serde_json::to_value(T::schema()).unwrap_or_default();
        let names: Vec<&str> = all.iter().map(|v| as_str(*v)).collect();
        assert_eq!(schema["enum"], serde_json::json!(names), "{schema}");
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn violation(
        currency: &str,
        per_worker: i64,
        workers: i64,
        ordered: i64,
    ) -> FeeViolationAmounts {
        FeeViolationAmounts {
            currency: currency.to_string(),
            amount_per_worker_minor: per_worker,
            workers_affected: workers,
            refund_ordered_minor: ordered,
        }
    }

    fn refund(currency: &str, amount: i64) -> RefundAmount {
        RefundAmount {
            currency: currency.to_string(),
            amount_minor: amount,
        }
    }

    fn totals(
        currency: &str,
        charged: i64,
        ordered: i64,
        refunded: i64,
        workers: i64,
    ) -> FeeTotals {
        FeeTotals {
            currency: currency.to_string(),
            charged_minor: charged,
            refund_ordered_minor: ordered,
            refunded_minor: refunded,
            outstanding_minor: (ordered - refunded).max(0),
            workers_affected: workers,
        }
    }

    fn facts() -> SummaryFacts {
        SummaryFacts {
            organization_name: "Example Agency".to_string(),
            licence_events: Vec::new(),
            published_findings: 0,
            fee_totals: Vec::new(),
            sanctions_in_force: Vec::new(),
            open_complaints: 0,
            total_complaints: 0,
        }
    }

    #[test]
    fn wire_names() {
        let names = |all: &[&str]| all.join(" ");
        assert_eq!(
            names(&FindingStatus::ALL.map(FindingStatus::as_str)),
            "draft published appealed upheld overturned"
        );
        assert_eq!(
            names(&Severity::ALL.map(Severity::as_str)),
            "low medium high critical"
        );
        assert_eq!(
            names(&FeeCategory::ALL.map(FeeCategory::as_str)),
            "recruitment_fee medical insurance skills_test training equipment travel_lodging \
             administrative illegitimate other"
        );
        assert_eq!(
            names(&SanctionKind::ALL.map(SanctionKind::as_str)),
            "warning fine suspension revocation blacklisting referral"
        );
        round_trips(
            &FindingStatus::ALL,
            FindingStatus::as_str,
            FindingStatus::parse,
        );
        round_trips(&Severity::ALL, Severity::as_str, Severity::parse);
        round_trips(&FeeCategory::ALL, FeeCategory::as_str, FeeCategory::parse);
        round_trips(
            &SanctionKind::ALL,
            SanctionKind::as_str,
            SanctionKind::parse,
        );
    }

    #[test]
    fn every_finding_move_follows_the_workflow() {
        use FindingStatus::*;
        let allowed: &[(FindingStatus, &[FindingStatus])] = &[
            (Draft, &[Published]),
            (Published, &[Appealed]),
            (Appealed, &[Upheld, Overturned]),
            (Upheld, &[]),
            (Overturned, &[]),
        ];
        assert_eq!(allowed.len(), FindingStatus::ALL.len());
        for &(from, to) in allowed {
            assert_eq!(from.allowed_next(), to, "{from:?}");
            for next in FindingStatus::ALL {
                assert_eq!(
                    from.can_become(next),
                    to.contains(&next),
                    "{from:?} -> {next:?}"
                );
            }
        }
    }

    #[test]
    fn everything_but_a_draft_is_public() {
        use FindingStatus::*;
        let public: Vec<FindingStatus> = FindingStatus::ALL
            .into_iter()
            .filter(|s| s.is_public())
            .collect();
        assert_eq!(public, [Published, Appealed, Upheld, Overturned]);
    }

    #[test]
    fn only_suspension_and_revocation_change_the_licence() {
        for kind in SanctionKind::ALL {
            let expected = match kind {
                SanctionKind::Suspension => Some(LicenceStatus::Suspended),
                SanctionKind::Revocation => Some(LicenceStatus::Revoked),
                _ => None,
            };
            assert_eq!(kind.changes_licence(), expected, "{kind:?}");
        }
    }

    #[test]
    fn fee_totals_keep_currencies_apart_and_sorted() {
        let violations = [
            violation("NPR", 15_000_000, 42, 630_000_000),
            violation("QAR", 50_000, 10, 0),
            violation("npr", 5_000_000, 42, 210_000_000),
            violation("KWD", 250_000, 3, 750_000),
        ];
        let refunds = [
            refund("NPR", 100_000_000),
            refund("KWD", 250_000),
            refund(" npr ", 20_000_000),
        ];
        assert_eq!(
            fee_totals(&violations, &refunds),
            Ok(vec![
                totals("KWD", 750_000, 750_000, 250_000, 3),
                totals("NPR", 840_000_000, 840_000_000, 120_000_000, 42),
                totals("QAR", 500_000, 0, 0, 10),
            ])
        );
    }

    #[test]
    fn workers_are_not_counted_twice_across_the_fees_of_one_finding() {
        let violations = [
            violation("NPR", 10_000, 42, 0),
            violation("NPR", 20_000, 30, 0),
        ];
        let result = fee_totals(&violations, &[]);
        assert_eq!(result.map(|t| t[0].workers_affected), Ok(42));
    }

    #[test]
    fn refunds_above_the_order_leave_nothing_outstanding() {
        let result = fee_totals(
            &[violation("USD", 10_000, 2, 15_000)],
            &[refund("USD", 15_000), refund("USD", 10_000)],
        );
        assert_eq!(
            result,
            Ok(vec![FeeTotals {
                currency: "USD".to_string(),
                charged_minor: 20_000,
                refund_ordered_minor: 15_000,
                refunded_minor: 25_000,
                outstanding_minor: 0,
                workers_affected: 2,
            }])
        );
    }

    #[test]
    fn nothing_in_gives_nothing_out() {
        assert_eq!(fee_totals(&[], &[]), Ok(vec![]));
    }

    #[test]
    fn a_refund_in_another_currency_is_refused() {
        assert_eq!(
            fee_totals(&[violation("NPR", 100, 1, 100)], &[refund("USD", 100)]),
            Err(MoneyError::MixedCurrencies)
        );
        assert_eq!(
            fee_totals(&[], &[refund("USD", 100)]),
            Err(MoneyError::MixedCurrencies)
        );
    }

    #[test]
    fn overflow_is_detected() {
        assert_eq!(
            fee_totals(&[violation("NPR", i64::MAX / 2, 3, 0)], &[]),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            fee_totals(
                &[violation("NPR", i64::MAX, 1, 0), violation("NPR", 1, 1, 0)],
                &[]
            ),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            fee_totals(
                &[violation("NPR", 1, 1, i64::MAX), violation("NPR", 1, 1, 1)],
                &[]
            ),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            fee_totals(
                &[violation("NPR", 1, 1, 0)],
                &[refund("NPR", i64::MAX), refund("NPR", 1)]
            ),
            Err(MoneyError::Overflow)
        );
        // Ordered minus refunded can overflow too when the input is absurd.
        assert_eq!(
            fee_totals(&[violation("NPR", 1, 1, i64::MIN)], &[refund("NPR", 1)]),
            Err(MoneyError::Overflow)
        );
        // The same amounts in two currencies do not add up to an overflow.
        assert!(fee_totals(
            &[
                violation("NPR", i64::MAX, 1, 0),
                violation("INR", i64::MAX, 1, 0)
            ],
            &[]
        )
        .is_ok());
    }

    #[test]
    fn an_organization_with_no_record_reads_as_such() {
        assert_eq!(
            accountability_summary(&facts()),
            [
                "No published findings.",
                "No sanctions in force against Example Agency.",
                "No complaints received.",
            ]
        );
    }

    #[test]
    fn a_revoked_agency_reads_in_full() {
        let summary = accountability_summary(&SummaryFacts {
            licence_events: vec![
                LicenceFact {
                    status: LicenceStatus::Suspended,
                    date: day("2026-01-15"),
                    finding_reference: None,
                },
                LicenceFact {
                    status: LicenceStatus::Revoked,
                    date: day("2026-05-03"),
                    finding_reference: Some("F-01A2B3C4".to_string()),
                },
            ],
            published_findings: 2,
            fee_totals: vec![totals("NPR", 840_000_000, 840_000_000, 120_000_000, 42)],
            sanctions_in_force: vec![
                SanctionKind::Revocation,
                SanctionKind::Fine,
                SanctionKind::Referral,
            ],
            open_complaints: 1,
            total_complaints: 3,
            ..facts()
        });
        assert_eq!(
            summary,
            [
                "Licence suspended on 15 January 2026.",
                "Licence revoked on 3 May 2026 after finding F-01A2B3C4.",
                "2 published findings.",
                "42 workers were charged a total of NPR 8,400,000.00 in illegal recruitment fees; \
                 NPR 1,200,000.00 has been refunded so far and NPR 7,200,000.00 is outstanding.",
                "Sanctions in force against Example Agency: a fine, a licence revocation \
                 and a referral to prosecution.",
                "3 complaints received, 1 still open.",
            ]
        );
    }

    #[test]
    fn singulars_and_several_currencies() {
        let summary = accountability_summary(&SummaryFacts {
            published_findings: 1,
            fee_totals: vec![
                totals("JPY", 500_000, 0, 0, 1),
                totals("KWD", 750_000, 750_000, 0, 3),
                totals("USD", 20_000, 15_000, 25_000, 2),
            ],
            sanctions_in_force: vec![SanctionKind::Warning],
            open_complaints: 0,
            total_complaints: 1,
            ..facts()
        });
        assert_eq!(
            summary,
            [
                "1 published finding.",
                "1 worker was charged a total of JPY 500,000 in illegal recruitment fees; \
                 no refund has been ordered.",
                "3 workers were charged a total of KWD 750.000 in illegal recruitment fees; \
                 nothing has been refunded so far and KWD 750.000 is outstanding.",
                "2 workers were charged a total of USD 200.00 in illegal recruitment fees, \
                 and a refund of USD 150.00 was ordered; USD 250.00 has been refunded \
                 and nothing is outstanding.",
                "Sanction in force against Example Agency: a warning.",
                "1 complaint received, none still open.",
            ]
        );
    }

    #[test]
    fn partial_orders_and_repeated_sanctions() {
        let summary = accountability_summary(&SummaryFacts {
            organization_name: String::new(),
            fee_totals: vec![
                totals("NPR", 1_000_000, 400_000, 100_000, 5),
                totals("QAR", 0, 0, 0, 0),
            ],
            sanctions_in_force: vec![SanctionKind::Fine, SanctionKind::Fine],
            open_complaints: 2,
            total_complaints: 2,
            ..facts()
        });
        assert_eq!(
            summary,
            [
                "No published findings.",
                "5 workers were charged a total of NPR 10,000.00 in illegal recruitment fees, \
                 and a refund of NPR 4,000.00 was ordered; NPR 1,000.00 has been refunded so far \
                 and NPR 3,000.00 is outstanding.",
                "Sanctions in force: 2 fines.",
                "2 complaints received, 2 still open.",
            ]
        );
    }

    #[test]
    fn two_kinds_of_sanction_join_with_and() {
        let sentence =
            sanctions_sentence("X", &[SanctionKind::Blacklisting, SanctionKind::Suspension]);
        assert_eq!(
            sentence,
            "Sanctions in force against X: a licence suspension and blacklisting."
        );
    }

    #[test]
    fn every_licence_status_reads_with_its_date() {
        let sentences: Vec<String> = LicenceStatus::ALL
            .into_iter()
            .map(|status| {
                licence_sentence(&LicenceFact {
                    status,
                    date: day("2025-12-01"),
                    finding_reference: None,
                })
            })
            .collect();
        assert_eq!(
            sentences,
            [
                "Licence applied for on 1 December 2025.",
                "Licence active since 1 December 2025.",
                "Licence suspended on 1 December 2025.",
                "Licence revoked on 1 December 2025.",
                "Licence expired on 1 December 2025.",
                "Licence cancelled on 1 December 2025.",
            ]
        );
    }
}

#[cfg(test)]
mod name_punctuation_tests {
    use super::*;

    #[test]
    fn a_name_ending_in_a_full_stop_gets_no_second_one() {
        assert_eq!(
            sanctions_sentence("Sagarmatha Manpower Pvt. Ltd.", &[]),
            "No sanctions in force against Sagarmatha Manpower Pvt. Ltd."
        );
    }
}
