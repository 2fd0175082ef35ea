//! Statistics on complaints and findings: what they can be grouped by, and how
//! records are tallied into the cells of a table. Nothing here knows where the
//! records come from; `registry::stats` reads them and `suppression` hides cells.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::complaint::{ComplaintCategory, Sector, Sex};
use super::finding::FeeCategory;

/// What a table counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// Complaints filed, in any status.
    Complaints,
    /// Findings that stand: published, appealed or upheld (not drafts, not overturned).
    Findings,
}

/// A dimension a table can be grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Complaints: each category the complaint names. Findings: each violation
    /// category the finding records (`none` when it records no violation).
    Category,
    /// Findings only: each ILO fee category of its fee violations (`none` when it has none).
    FeeCategory,
    /// The complainant's sex (`unknown` when not given). Findings: of the linked complaints.
    Sex,
    /// The complainant's nationality, ISO 3166-1 alpha-2 (`unknown` when not given).
    Nationality,
    /// The complainant's sector of work (`unknown` when not given).
    Sector,
    /// Each country where the abuse happened, ISO 3166-1 alpha-2. Findings: the
    /// incident countries of the linked complaints (`unknown` when none is linked).
    DestinationCountry,
    /// Findings only: the country whose authority decided, ISO 3166-1 alpha-2.
    Jurisdiction,
    /// Complaints: the year filed. Findings: the year published.
    Year,
}

/// The value of a dimension when the record does not give one.
pub const UNKNOWN: &str = "unknown";
/// The value of `category` or `fee_category` for a finding that records none.
pub const NONE: &str = "none";

impl Dimension {
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Category => "category",
            Dimension::FeeCategory => "fee_category",
            Dimension::Sex => "sex",
            Dimension::Nationality => "nationality",
            Dimension::Sector => "sector",
            Dimension::DestinationCountry => "destination_country",
            Dimension::Jurisdiction => "jurisdiction",
            Dimension::Year => "year",
        }
    }

    /// Where a value sorts in a table: the order forms list the registry's values,
    /// codes and years alphabetically, `unknown` and `none` last.
    pub fn sort_key(self, value: &str) -> (usize, String) {
        if value == UNKNOWN || value == NONE {
            return (usize::MAX, value.to_string());
        }
        let position = match self {
            Dimension::Category => ComplaintCategory::ALL
                .iter()
                .position(|c| c.as_str() == value),
            Dimension::FeeCategory => FeeCategory::ALL.iter().position(|c| c.as_str() == value),
            Dimension::Sex => Sex::ALL.iter().position(|s| s.as_str() == value),
            Dimension::Sector => Sector::ALL.iter().position(|s| s.as_str() == value),
            _ => None,
        };
        (position.unwrap_or(0), value.to_string())
    }
}

impl Subject {
    pub fn as_str(self) -> &'static str {
        match self {
            Subject::Complaints => "complaints",
            Subject::Findings => "findings",
        }
    }

    /// The dimensions its tables can be grouped by, in the order documented.
    pub fn dimensions(self) -> &'static [Dimension] {
        use Dimension::*;
        match self {
            Subject::Complaints => &[Category, Sex, Nationality, Sector, DestinationCountry, Year],
            Subject::Findings => &[
                Category,
                FeeCategory,
                Sex,
                Nationality,
                Sector,
                DestinationCountry,
                Jurisdiction,
                Year,
            ],
        }
    }

    /// The valid dimension names, comma-separated, for messages and documentation.
    pub fn dimension_names(self) -> String {
        self.dimensions()
            .iter()
            .map(|d| d.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Why a `group_by` could not be read. Messages never repeat what was sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GroupByError {
    #[error("name {position} is not a dimension of {subject} statistics; use any of: {valid}", subject = .subject.as_str())]
    Unknown {
        subject: Subject,
        /// 1-based position in the list.
        position: usize,
        valid: String,
    },
    #[error("names {} twice", .0.as_str())]
    Repeated(Dimension),
}

/// Reads a comma-separated `group_by` ("category,sex"); empty means one total cell.
pub fn parse_group_by(subject: Subject, text: &str) -> Result<Vec<Dimension>, GroupByError> {
    let mut dimensions = Vec::new();
    for (i, name) in text
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .enumerate()
    {
        let dimension = subject
            .dimensions()
            .iter()
            .copied()
            .find(|d| d.as_str() == name)
            .ok_or_else(|| GroupByError::Unknown {
                subject,
                position: i + 1,
                valid: subject.dimension_names(),
            })?;
        if dimensions.contains(&dimension) {
            return Err(GroupByError::Repeated(dimension));
        }
        dimensions.push(dimension);
    }
    Ok(dimensions)
}

/// Money charged to workers by one fee violation, and what was ordered and paid
/// back, in minor units of `currency`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fee {
    /// Fee category wire name.
    pub category: String,
    /// ISO 4217 code.
    pub currency: String,
    pub charged_minor: i64,
    pub refund_ordered_minor: i64,
    pub refunded_minor: i64,
}

/// Fee totals of one currency in one cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeeSums {
    pub charged_minor: i64,
    pub refund_ordered_minor: i64,
    pub refunded_minor: i64,
}

/// One record to tally (a complaint, a finding, or a group of alike complaints
/// counted by the database): for each dimension of the table, the values it counts
/// under (it counts once under each), how many records it stands for, its fees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub values: Vec<Vec<String>>,
    pub weight: i64,
    pub fees: Vec<Fee>,
}

/// One cell's tally.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub count: i64,
    /// Per currency code; empty for complaints.
    pub fees: BTreeMap<String, FeeSums>,
}

/// The tally overflowed an i64 (only absurd amounts can do that).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a statistics total does not fit in 64 bits")]
pub struct Overflow;

fn add(total: &mut i64, amount: i64) -> Result<(), Overflow> {
    *total = total.checked_add(amount).ok_or(Overflow)?;
    Ok(())
}

/// Tallies records into cells keyed by one value per dimension. A record counts
/// once in every combination of its values. When the table is grouped by fee
/// category (`fee_dimension` is its position), a cell sums only the fees of its
/// category; otherwise all of the record's fees.
pub fn tabulate(
    records: &[Record],
    fee_dimension: Option<usize>,
) -> Result<BTreeMap<Vec<String>, Tally>, Overflow> {
    let mut cells: BTreeMap<Vec<String>, Tally> = BTreeMap::new();
    for record in records {
        for key in combinations(&record.values) {
            let tally = cells.entry(key.clone()).or_default();
            add(&mut tally.count, record.weight)?;
            let category = fee_dimension.and_then(|d| key.get(d));
            for fee in &record.fees {
                if category.is_some_and(|c| *c != fee.category) {
                    continue;
                }
                let sums = tally.fees.entry(fee.currency.clone()).or_default();
                add(&mut sums.charged_minor, fee.charged_minor)?;
                add(&mut sums.refund_ordered_minor, fee.refund_ordered_minor)?;
                add(&mut sums.refunded_minor, fee.refunded_minor)?;
            }
        }
    }
    Ok(cells)
}

/// Every key made of one value per dimension, each distinct value once.
fn combinations(values: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut keys: Vec<Vec<String>> = vec![Vec::new()];
    for options in values {
        let mut distinct: Vec<&String> = options.iter().collect();
        distinct.sort();
        distinct.dedup();
        keys = keys
            .iter()
            .flat_map(|key| {
                distinct.iter().map(move |value| {
                    let mut longer = key.clone();
                    longer.push((*value).clone());
                    longer
                })
            })
            .collect();
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn group_by_reads_names_in_order_and_refuses_others_without_echoing_them() {
        use Dimension::*;
        assert_eq!(parse_group_by(Subject::Complaints, ""), Ok(vec![]));
        assert_eq!(parse_group_by(Subject::Complaints, " , "), Ok(vec![]));
        assert_eq!(
            parse_group_by(Subject::Complaints, "sex, category,year"),
            Ok(vec![Sex, Category, Year])
        );
        assert_eq!(
            parse_group_by(Subject::Findings, "fee_category,jurisdiction"),
            Ok(vec![FeeCategory, Jurisdiction])
        );
        let unknown = parse_group_by(Subject::Complaints, "category,fee_category")
            .expect_err("fee_category is for findings");
        let message = unknown.to_string();
        assert!(!message.contains("fee_category,"), "{message}");
        assert_eq!(
            message,
            "name 2 is not a dimension of complaints statistics; use any of: \
             category, sex, nationality, sector, destination_country, year"
        );
        let secret = parse_group_by(Subject::Findings, "NAME-7731")
            .expect_err("unknown")
            .to_string();
        assert!(!secret.contains("NAME-7731"), "{secret}");
        assert_eq!(
            parse_group_by(Subject::Complaints, "sex,sex"),
            Err(GroupByError::Repeated(Sex))
        );
    }

    #[test]
    fn values_sort_in_form_order_with_unknown_last() {
        let mut sexes = strings(&["unknown", "male", "undisclosed", "female"]);
        sexes.sort_by_key(|s| Dimension::Sex.sort_key(s));
        assert_eq!(
            sexes,
            strings(&["female", "male", "undisclosed", "unknown"])
        );
        let mut years = strings(&["2026", "unknown", "2024"]);
        years.sort_by_key(|s| Dimension::Year.sort_key(s));
        assert_eq!(years, strings(&["2024", "2026", "unknown"]));
    }

    #[test]
    fn a_record_counts_once_under_each_of_its_values() {
        let records = vec![
            Record {
                values: vec![
                    strings(&["recruitment_fee", "threats", "threats"]),
                    strings(&["female"]),
                ],
                weight: 3,
                fees: vec![],
            },
            Record {
                values: vec![strings(&["threats"]), strings(&["male"])],
                weight: 1,
                fees: vec![],
            },
        ];
        let cells = tabulate(&records, None).expect("no overflow");
        let counts: Vec<(Vec<String>, i64)> =
            cells.into_iter().map(|(k, t)| (k, t.count)).collect();
        assert_eq!(
            counts,
            vec![
                (strings(&["recruitment_fee", "female"]), 3),
                (strings(&["threats", "female"]), 3),
                (strings(&["threats", "male"]), 1),
            ]
        );
        let total = tabulate(
            &[Record {
                values: vec![],
                weight: 4,
                fees: vec![],
            }],
            None,
        )
        .expect("no overflow");
        assert_eq!(total.get(&Vec::new()).map(|t| t.count), Some(4));
    }

    #[test]
    fn fees_follow_their_category_and_keep_currencies_apart() {
        let fee = |category: &str, currency: &str, charged: i64| Fee {
            category: category.into(),
            currency: currency.into(),
            charged_minor: charged,
            refund_ordered_minor: charged / 2,
            refunded_minor: 1,
        };
        let finding = Record {
            values: vec![strings(&["medical", "recruitment_fee"])],
            weight: 1,
            fees: vec![
                fee("recruitment_fee", "NPR", 1000),
                fee("medical", "NPR", 200),
                fee("medical", "USD", 50),
            ],
        };
        let by_fee = tabulate(std::slice::from_ref(&finding), Some(0)).expect("no overflow");
        let medical = &by_fee[&strings(&["medical"])];
        assert_eq!(medical.count, 1);
        assert_eq!(medical.fees["NPR"].charged_minor, 200);
        assert_eq!(medical.fees["USD"].charged_minor, 50);
        assert_eq!(
            by_fee[&strings(&["recruitment_fee"])].fees["NPR"].refund_ordered_minor,
            500
        );
        let all = tabulate(
            &[Record {
                values: vec![strings(&["NP"])],
                ..finding
            }],
            None,
        )
        .expect("no overflow");
        let np = &all[&strings(&["NP"])];
        assert_eq!(
            np.fees["NPR"],
            FeeSums {
                charged_minor: 1200,
                refund_ordered_minor: 600,
                refunded_minor: 2
            }
        );
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        let big = Record {
            values: vec![],
            weight: i64::MAX,
            fees: vec![],
        };
        assert_eq!(tabulate(&[big.clone(), big], None), Err(Overflow));
    }
}
