//! Licences: statuses, the transitions between them, expiry by date, number normalisation.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Status of a licence. A licence whose `valid_until` has passed reads as `expired`
/// even when no one recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LicenceStatus {
    /// Applied for, not yet granted: the agency may not recruit yet.
    Pending,
    /// Valid: the agency may recruit.
    Active,
    /// Temporarily withdrawn by the authority.
    Suspended,
    /// Withdrawn by the authority as a sanction.
    Revoked,
    /// Past its validity without renewal.
    Expired,
    /// Given up by the holder or refused, not as a sanction.
    Cancelled,
}

impl LicenceStatus {
    pub const ALL: [LicenceStatus; 6] = [
        LicenceStatus::Pending,
        LicenceStatus::Active,
        LicenceStatus::Suspended,
        LicenceStatus::Revoked,
        LicenceStatus::Expired,
        LicenceStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LicenceStatus::Pending => "pending",
            LicenceStatus::Active => "active",
            LicenceStatus::Suspended => "suspended",
            LicenceStatus::Revoked => "revoked",
            LicenceStatus::Expired => "expired",
            LicenceStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(value: &str) -> Option<LicenceStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Statuses an authority may move a licence to from this one.
    pub fn allowed_next(self) -> &'static [LicenceStatus] {
        use LicenceStatus::*;
        match self {
            Pending => &[Active, Revoked, Cancelled],
            Active => &[Suspended, Revoked, Expired, Cancelled],
            Suspended => &[Active, Revoked, Expired, Cancelled],
            // Reinstatement after an overturned finding or a renewal.
            Revoked => &[Active],
            Expired => &[Active, Revoked, Cancelled],
            Cancelled => &[],
        }
    }

    pub fn can_become(self, next: LicenceStatus) -> bool {
        self.allowed_next().contains(&next)
    }

    /// Statuses that lapse into `expired` once `valid_until` has passed.
    fn lapses(self) -> bool {
        matches!(
            self,
            LicenceStatus::Pending | LicenceStatus::Active | LicenceStatus::Suspended
        )
    }
}

/// The status a reader should see on `as_of`: the recorded status, or `expired` when
/// the validity has run out. Revoked and cancelled licences keep their status.
pub fn effective_status(
    recorded: LicenceStatus,
    valid_until: Option<NaiveDate>,
    as_of: NaiveDate,
) -> LicenceStatus {
    match valid_until {
        Some(until) if until < as_of && recorded.lapses() => LicenceStatus::Expired,
        _ => recorded,
    }
}

/// Summarises several licences into the one status a list shows: the most useful to a
/// worker first (any valid licence, then any sanction), so one old expired licence does
/// not hide a current one.
pub fn summary_status(statuses: impl IntoIterator<Item = LicenceStatus>) -> Option<LicenceStatus> {
    use LicenceStatus::*;
    const PRECEDENCE: [LicenceStatus; 6] =
        [Active, Suspended, Revoked, Pending, Expired, Cancelled];
    let statuses: Vec<LicenceStatus> = statuses.into_iter().collect();
    PRECEDENCE.into_iter().find(|s| statuses.contains(s))
}

/// Folds a licence number so that the same number written with other punctuation,
/// spacing or case compares equal: "POEA-123-LB/031522-r" -> "POEA123LB031522R".
pub fn normalise_number(number: &str) -> String {
    super::text::fold_code(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn numbers_fold_punctuation_space_and_case() {
        assert_eq!(normalise_number("POEA-123-LB 031522-r"), "POEA123LB031522R");
        assert_eq!(normalise_number(" 12/34.5 "), "12345");
        assert_eq!(normalise_number("क-१२"), "क१२");
        assert_eq!(normalise_number("--"), "");
    }

    #[test]
    fn validity_passing_reads_as_expired_but_sanctions_stay() {
        let today = day("2026-06-01");
        let past = Some(day("2026-05-31"));
        assert_eq!(
            effective_status(LicenceStatus::Active, past, today),
            LicenceStatus::Expired
        );
        assert_eq!(
            effective_status(LicenceStatus::Revoked, past, today),
            LicenceStatus::Revoked
        );
        assert_eq!(
            effective_status(LicenceStatus::Active, Some(today), today),
            LicenceStatus::Active
        );
        assert_eq!(
            effective_status(LicenceStatus::Active, None, today),
            LicenceStatus::Active
        );
    }

    #[test]
    fn transitions_follow_the_workflow() {
        assert!(LicenceStatus::Active.can_become(LicenceStatus::Revoked));
        assert!(LicenceStatus::Revoked.can_become(LicenceStatus::Active));
        assert!(!LicenceStatus::Cancelled.can_become(LicenceStatus::Active));
        assert!(!LicenceStatus::Active.can_become(LicenceStatus::Active));
        assert!(!LicenceStatus::Pending.can_become(LicenceStatus::Suspended));
    }

    #[test]
    fn summary_prefers_a_valid_licence() {
        use LicenceStatus::*;
        assert_eq!(summary_status([Expired, Active]), Some(Active));
        assert_eq!(summary_status([Expired, Revoked]), Some(Revoked));
        assert_eq!(summary_status([]), None);
    }
}
