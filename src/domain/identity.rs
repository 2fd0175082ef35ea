//! What tells two people of the same name apart: a date of birth, an identity
//! number (passport or national identity card).
//!
//! Both are personal data about owners, directors and managers, not registry facts:
//! they are accepted on a write, used only to decide whether two person records with
//! the same name are the same person, and never shown, exported, logged or written
//! to the event log. At rest they are sealed under the data key and kept as keyed
//! digests, so two records can be compared without opening either.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::validation::Violations;
use crate::crypto::{OpenError, Sealer};

/// Shortest and longest identity number, in letters and digits once normalised.
const MIN_ID_CHARS: usize = 4;
const MAX_ID_CHARS: usize = 32;
/// Earliest date of birth accepted: anything before is a typing mistake.
const EARLIEST_BIRTH_YEAR: i32 = 1900;

/// A person's identifiers, checked and normalised.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Identity {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<NaiveDate>,
    /// Upper-case letters and digits only: "p 123-456" and "P123456" are one number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
}

/// Never prints the values, so a debug log line cannot leak them.
impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field(
                "date_of_birth",
                &self.date_of_birth.map(|_| "[confidential]"),
            )
            .field(
                "id_number",
                &self.id_number.as_ref().map(|_| "[confidential]"),
            )
            .finish()
    }
}

/// An identity as the database keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredIdentity {
    pub sealed: String,
    pub birth_date_digest: Option<String>,
    pub id_number_digest: Option<String>,
}

/// Letters and digits of an identity number, upper-cased.
pub fn normalise_id_number(number: &str) -> String {
    super::text::fold_code(number)
}

impl Identity {
    /// Checks the identifiers given for `field` (e.g. `people[0]`) against `today`.
    /// Messages never repeat the values.
    pub fn check(
        v: &mut Violations,
        field: &str,
        date_of_birth: Option<NaiveDate>,
        id_number: Option<&str>,
        today: NaiveDate,
    ) -> Identity {
        let date_of_birth = date_of_birth.filter(|d| {
            let ok = *d <= today
                && NaiveDate::from_ymd_opt(EARLIEST_BIRTH_YEAR, 1, 1).is_some_and(|e| *d >= e);
            if !ok {
                v.add(
                    format!("{field}.date_of_birth"),
                    format!("must be between {EARLIEST_BIRTH_YEAR}-01-01 and today"),
                );
            }
            ok
        });
        let id_number = id_number.map(normalise_id_number).filter(|n| {
            let ok = (MIN_ID_CHARS..=MAX_ID_CHARS).contains(&n.chars().count());
            if !ok {
                v.add(
                    format!("{field}.id_number"),
                    format!("must hold {MIN_ID_CHARS} to {MAX_ID_CHARS} letters or digits"),
                );
            }
            ok
        });
        Identity {
            date_of_birth,
            id_number,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.date_of_birth.is_none() && self.id_number.is_none()
    }

    /// Which identifiers are recorded, by name: what an event may say about them.
    pub fn recorded(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.date_of_birth.is_some() {
            out.push("date_of_birth");
        }
        if self.id_number.is_some() {
            out.push("id_number");
        }
        out
    }

    /// Seals the identity of person `person_id`; `None` when there is nothing to keep.
    pub fn store(&self, sealer: &Sealer, person_id: &str) -> Option<StoredIdentity> {
        if self.is_empty() {
            return None;
        }
        let plain = serde_json::to_string(self).ok()?;
        Some(StoredIdentity {
            sealed: sealer.seal(&context(person_id), &plain),
            birth_date_digest: self
                .date_of_birth
                .map(|d| sealer.keyed_digest(BIRTH_DATE_DIGEST, &d.to_string())),
            id_number_digest: self
                .id_number
                .as_deref()
                .map(|n| sealer.keyed_digest(ID_NUMBER_DIGEST, n)),
        })
    }

    /// Opens what [`Identity::store`] sealed.
    pub fn open(sealer: &Sealer, person_id: &str, sealed: &str) -> Result<Identity, OpenError> {
        let plain = sealer.open(&context(person_id), sealed)?;
        serde_json::from_str(&plain).map_err(|_| OpenError)
    }
}

const BIRTH_DATE_DIGEST: &str = "person:date_of_birth";
const ID_NUMBER_DIGEST: &str = "person:id_number";

fn context(person_id: &str) -> String {
    format!("person:{person_id}:identity")
}

/// What two person records with the same name have in their identifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// The same identity number.
    SameIdNumber,
    /// The same date of birth, and no identity numbers that differ.
    SameBirthDate,
    /// An identifier both have differs: two people.
    Different,
    /// Nothing to compare.
    Unknown,
}

/// Compares the digests of two records. An identity number outweighs a date of
/// birth: two records with the same number are one person even if a date was
/// mistyped, and two with different numbers are two people born the same day.
pub fn compare(
    (birth_a, id_a): (Option<&str>, Option<&str>),
    (birth_b, id_b): (Option<&str>, Option<&str>),
) -> Comparison {
    match (id_a, id_b) {
        (Some(a), Some(b)) if a == b => return Comparison::SameIdNumber,
        (Some(_), Some(_)) => return Comparison::Different,
        _ => {}
    }
    match (birth_a, birth_b) {
        (Some(a), Some(b)) if a == b => Comparison::SameBirthDate,
        (Some(_), Some(_)) => Comparison::Different,
        _ => Comparison::Unknown,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::crypto::DataKey;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn id_numbers_compare_without_punctuation_or_case() {
        assert_eq!(normalise_id_number(" p-123 456/7 "), "P1234567");
    }

    #[test]
    fn bad_identifiers_are_named_without_their_values() {
        let mut v = Violations::new();
        let identity = Identity::check(
            &mut v,
            "people[1]",
            Some(day("2999-01-01")),
            Some("A-1"),
            day("2026-12-07"),
        );
        assert!(identity.is_empty());
        let text = format!("{:?}", v.finish().unwrap_err());
        assert!(text.contains("people[1].date_of_birth"), "{text}");
        assert!(text.contains("people[1].id_number"), "{text}");
        assert!(!text.contains("2999") && !text.contains("A1"), "{text}");
    }

    #[test]
    fn stored_identities_match_by_digest_and_open_again() {
        let sealer = Sealer::new(&DataKey::generate().unwrap());
        let mut v = Violations::new();
        let today = day("2026-12-07");
        let a = Identity::check(&mut v, "p", Some(day("1970-05-01")), Some("N 1234"), today);
        let b = Identity::check(&mut v, "p", Some(day("1970-05-01")), Some("n-1234"), today);
        let c = Identity::check(&mut v, "p", Some(day("1970-05-01")), Some("N9999"), today);
        assert!(v.finish().is_ok());
        let (sa, sb, sc) = (
            a.store(&sealer, "1").unwrap(),
            b.store(&sealer, "2").unwrap(),
            c.store(&sealer, "3").unwrap(),
        );
        let key = |s: &StoredIdentity| (s.birth_date_digest.clone(), s.id_number_digest.clone());
        let cmp = |x: &StoredIdentity, y: &StoredIdentity| {
            let (x, y) = (key(x), key(y));
            compare(
                (x.0.as_deref(), x.1.as_deref()),
                (y.0.as_deref(), y.1.as_deref()),
            )
        };
        assert_eq!(cmp(&sa, &sb), Comparison::SameIdNumber);
        assert_eq!(cmp(&sa, &sc), Comparison::Different);
        assert!(!sa.sealed.contains("1970") && !sa.sealed.contains("1234"));
        assert_eq!(Identity::open(&sealer, "1", &sa.sealed).unwrap(), a);
        assert!(Identity::open(&sealer, "2", &sa.sealed).is_err());
        assert!(!format!("{a:?}").contains("1970"));
    }

    #[test]
    fn a_date_of_birth_decides_only_without_identity_numbers() {
        let (d1, d2, n1) = (Some("d1"), Some("d2"), Some("n1"));
        assert_eq!(compare((d1, None), (d1, None)), Comparison::SameBirthDate);
        assert_eq!(compare((d1, None), (d2, None)), Comparison::Different);
        assert_eq!(compare((d1, n1), (d1, None)), Comparison::SameBirthDate);
        assert_eq!(compare((d1, None), (None, n1)), Comparison::Unknown);
        assert_eq!(compare((None, None), (None, None)), Comparison::Unknown);
    }
}
