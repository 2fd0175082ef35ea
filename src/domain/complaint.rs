//! Complaints: what a worker complains of, where a complaint stands, and the few facts
//! about the complainant that statistics are disaggregated by.
//!
//! Every enum here has the same small surface: `ALL` (every value, in the order forms
//! list them), `as_str` (the wire name, also stored in the database) and `parse` (the
//! wire name back, exact and case-sensitive).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a complaint is about. A complaint may carry several categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintCategory {
    /// The worker was made to pay for her own recruitment: fees or costs that the
    /// employer should have paid.
    RecruitmentFee,
    /// Deceptive recruitment: false promises about the job, the pay or the conditions,
    /// or a contract swapped for a worse one after departure.
    Deception,
    /// Passport or identity documents kept by the agency or employer.
    DocumentRetention,
    /// Wages not paid, paid late, paid short, or withheld.
    WageTheft,
    /// Working hours beyond the legal limit, or no rest days.
    ExcessiveHours,
    /// The worker is locked in, confined, or not allowed to leave the workplace or housing.
    RestrictionOfMovement,
    /// Threats, including threats to denounce the worker to the authorities or to have
    /// her deported.
    Threats,
    /// Beatings or other physical violence.
    PhysicalViolence,
    /// Sexual violence or sexual harassment.
    SexualViolence,
    /// The worker must work off a debt (often a recruitment debt) that she cannot repay
    /// or leave.
    DebtBondage,
    /// Anything else; the narrative explains it.
    Other,
}

/// Where a complaint stands in the inspectors' workflow. The first three are open; the
/// last four are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintStatus {
    /// Filed, and waiting for an inspector to read it.
    Received,
    /// An inspector is reading it and deciding what to do.
    UnderReview,
    /// An inspector is investigating it.
    Investigating,
    /// The investigation found the complaint supported by evidence (final).
    Substantiated,
    /// The investigation could not confirm the complaint (final).
    Unsubstantiated,
    /// Passed to another authority, such as the police, a labour court or an embassy (final).
    Referred,
    /// Withdrawn by the complainant, or closed at her request (final).
    Withdrawn,
}

/// The complainant's sex, as she or he chose to give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
    /// Neither female nor male.
    Other,
    /// The complainant chose not to say.
    Undisclosed,
}

/// The complainant's age group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub enum AgeBand {
    /// Under 18: a child; recruiting a child for work abroad is itself a violation in
    /// most countries.
    #[serde(rename = "under_18")]
    Under18,
    /// 18 to 24 years old.
    #[serde(rename = "18_24")]
    From18To24,
    /// 25 to 34 years old.
    #[serde(rename = "25_34")]
    From25To34,
    /// 35 to 44 years old.
    #[serde(rename = "35_44")]
    From35To44,
    /// 45 to 54 years old.
    #[serde(rename = "45_54")]
    From45To54,
    /// 55 years old or more.
    #[serde(rename = "55_plus")]
    From55Plus,
}

/// The sector the complainant was recruited to work in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Work in a private household: cleaning, cooking, childcare.
    DomesticWork,
    /// Care of elderly, sick or disabled people, at home or in an institution.
    Care,
    /// Farms, plantations, livestock, horticulture.
    Agriculture,
    Construction,
    /// Factories and workshops.
    Manufacturing,
    /// Hotels, restaurants, catering.
    Hospitality,
    /// Fishing vessels and seafood processing at sea.
    Fishing,
    /// Cleaning of offices, buildings and public places.
    Cleaning,
    /// Security guards.
    Security,
    /// Drivers and delivery.
    Transport,
    Other,
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

wire_names!(ComplaintCategory {
    RecruitmentFee => "recruitment_fee",
    Deception => "deception",
    DocumentRetention => "document_retention",
    WageTheft => "wage_theft",
    ExcessiveHours => "excessive_hours",
    RestrictionOfMovement => "restriction_of_movement",
    Threats => "threats",
    PhysicalViolence => "physical_violence",
    SexualViolence => "sexual_violence",
    DebtBondage => "debt_bondage",
    Other => "other",
});

wire_names!(ComplaintStatus {
    Received => "received",
    UnderReview => "under_review",
    Investigating => "investigating",
    Substantiated => "substantiated",
    Unsubstantiated => "unsubstantiated",
    Referred => "referred",
    Withdrawn => "withdrawn",
});

wire_names!(Sex {
    Female => "female",
    Male => "male",
    Other => "other",
    Undisclosed => "undisclosed",
});

wire_names!(AgeBand {
    Under18 => "under_18",
    From18To24 => "18_24",
    From25To34 => "25_34",
    From35To44 => "35_44",
    From45To54 => "45_54",
    From55Plus => "55_plus",
});

wire_names!(Sector {
    DomesticWork => "domestic_work",
    Care => "care",
    Agriculture => "agriculture",
    Construction => "construction",
    Manufacturing => "manufacturing",
    Hospitality => "hospitality",
    Fishing => "fishing",
    Cleaning => "cleaning",
    Security => "security",
    Transport => "transport",
    Other => "other",
});

impl ComplaintStatus {
    /// Statuses an inspector may move a complaint to from this one. A complaint can be
    /// withdrawn or referred until it is decided; final statuses allow no move.
    pub fn allowed_next(self) -> &'static [ComplaintStatus] {
        use ComplaintStatus::*;
        match self {
            Received => &[UnderReview, Withdrawn],
            UnderReview => &[Investigating, Referred, Withdrawn],
            Investigating => &[Substantiated, Unsubstantiated, Referred, Withdrawn],
            Substantiated | Unsubstantiated | Referred | Withdrawn => &[],
        }
    }

    pub fn can_become(self, next: ComplaintStatus) -> bool {
        self.allowed_next().contains(&next)
    }

    /// Still being handled: received, under review or investigating.
    pub fn is_open(self) -> bool {
        !self.allowed_next().is_empty()
    }

    /// What the worker reads when she checks her receipt: what happens now, that the
    /// agency or employer does not learn who she is, and to keep her receipt. Plain
    /// English, short sentences, ready for translation.
    pub fn public_next_steps(self) -> &'static str {
        match self {
            ComplaintStatus::Received => {
                "Your complaint has been received and an inspector will read it soon. \
                 The agency or employer is not told who you are; keep your receipt code to check on your complaint."
            }
            ComplaintStatus::UnderReview => {
                "An inspector is reading your complaint and will decide what to do next. \
                 The agency or employer is not told who you are; keep your receipt code to check on your complaint."
            }
            ComplaintStatus::Investigating => {
                "An inspector is investigating your complaint and may contact you if you gave contact details. \
                 The agency or employer is not told who you are; keep your receipt code to check on your complaint."
            }
            ComplaintStatus::Substantiated => {
                "The inspector found that the evidence supports your complaint, so action can be taken against the agency or employer. \
                 They are not told who you are; keep your receipt code."
            }
            ComplaintStatus::Unsubstantiated => {
                "The inspector could not confirm your complaint with the evidence found, but you can file a new complaint if you have more information. \
                 The agency or employer is not told who you are; keep your receipt code."
            }
            ComplaintStatus::Referred => {
                "Your complaint has been passed to another authority, such as the police, a labour court or an embassy, that can act on it. \
                 The agency or employer is not told who you are; keep your receipt code."
            }
            ComplaintStatus::Withdrawn => {
                "Your complaint was withdrawn and no more action will be taken on it. \
                 The agency or employer is not told who you are; keep your receipt code in case you need it."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::fmt::Debug;
    use utoipa::PartialSchema;

    /// Every value writes its wire name in JSON, reads it back, and `parse` agrees;
    /// the OpenAPI schema lists the same names in the same order.
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
        assert_eq!(parse(""), None);

        let schema = serde_json::to_value(T::schema()).unwrap_or_default();
        let names: Vec<&str> = all.iter().map(|v| as_str(*v)).collect();
        assert_eq!(schema["enum"], serde_json::json!(names), "{schema}");
    }

    #[test]
    fn category_wire_names() {
        let names: Vec<&str> = ComplaintCategory::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            names,
            [
                "recruitment_fee",
                "deception",
                "document_retention",
                "wage_theft",
                "excessive_hours",
                "restriction_of_movement",
                "threats",
                "physical_violence",
                "sexual_violence",
                "debt_bondage",
                "other",
            ]
        );
        round_trips(
            &ComplaintCategory::ALL,
            ComplaintCategory::as_str,
            ComplaintCategory::parse,
        );
    }

    #[test]
    fn status_wire_names() {
        let names: Vec<&str> = ComplaintStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "received",
                "under_review",
                "investigating",
                "substantiated",
                "unsubstantiated",
                "referred",
                "withdrawn",
            ]
        );
        round_trips(
            &ComplaintStatus::ALL,
            ComplaintStatus::as_str,
            ComplaintStatus::parse,
        );
    }

    #[test]
    fn complainant_wire_names() {
        let sexes: Vec<&str> = Sex::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(sexes, ["female", "male", "other", "undisclosed"]);
        round_trips(&Sex::ALL, Sex::as_str, Sex::parse);

        let ages: Vec<&str> = AgeBand::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(
            ages,
            ["under_18", "18_24", "25_34", "35_44", "45_54", "55_plus"]
        );
        round_trips(&AgeBand::ALL, AgeBand::as_str, AgeBand::parse);
        assert_eq!(
            serde_json::to_string(&AgeBand::From18To24).ok().as_deref(),
            Some("\"18_24\"")
        );

        let sectors: Vec<&str> = Sector::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            sectors,
            [
                "domestic_work",
                "care",
                "agriculture",
                "construction",
                "manufacturing",
                "hospitality",
                "fishing",
                "cleaning",
                "security",
                "transport",
                "other",
            ]
        );
        round_trips(&Sector::ALL, Sector::as_str, Sector::parse);
    }

    #[test]
    fn every_status_move_follows_the_workflow() {
        use ComplaintStatus::*;
        let allowed: &[(ComplaintStatus, &[ComplaintStatus])] = &[
            (Received, &[UnderReview, Withdrawn]),
            (UnderReview, &[Investigating, Referred, Withdrawn]),
            (
                Investigating,
                &[Substantiated, Unsubstantiated, Referred, Withdrawn],
            ),
            (Substantiated, &[]),
            (Unsubstantiated, &[]),
            (Referred, &[]),
            (Withdrawn, &[]),
        ];
        assert_eq!(allowed.len(), ComplaintStatus::ALL.len());
        for &(from, to) in allowed {
            assert_eq!(from.allowed_next(), to, "{from:?}");
            for next in ComplaintStatus::ALL {
                assert_eq!(
                    from.can_become(next),
                    to.contains(&next),
                    "{from:?} -> {next:?}"
                );
            }
        }
    }

    #[test]
    fn only_undecided_complaints_are_open() {
        use ComplaintStatus::*;
        let open: Vec<ComplaintStatus> = ComplaintStatus::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .collect();
        assert_eq!(open, [Received, UnderReview, Investigating]);
    }

    #[test]
    fn next_steps_reassure_and_remind_in_two_sentences_at_most() {
        let mut seen = HashSet::new();
        for status in ComplaintStatus::ALL {
            let text = status.public_next_steps();
            assert!(seen.insert(text), "{status:?} repeats another status");
            assert!(text.contains("not told who you are"), "{status:?}");
            assert!(text.contains("keep your receipt"), "{status:?}");
            assert!(text.ends_with('.'), "{status:?}");
            assert!(!text.contains("  "), "{status:?}");
            assert!(text.matches(". ").count() <= 1, "{status:?}: {text}");
        }
        assert_eq!(
            ComplaintStatus::Received.public_next_steps(),
            "Your complaint has been received and an inspector will read it soon. \
             The agency or employer is not told who you are; \
             keep your receipt code to check on your complaint."
        );
    }
}
