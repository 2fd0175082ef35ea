//! Public statistics on complaints and findings: counts (and, for findings, fee
//! totals per currency) grouped by the dimensions a caller names, small cells
//! suppressed. Only coarse facts are read: categories, the complainant's sex,
//! nationality and sector, countries, years, amounts. Never a narrative, a name, a
//! contact, a receipt or an id.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::dsl::{count_star, max, min};
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::schema::{
    complaint_countries, complaints, fee_violations, finding_complaints, findings, refunds,
    violations,
};
use crate::db::{read_snapshot, AnyConnection};
use crate::domain::finding::FindingStatus;
use crate::domain::money::parse_currency;
use crate::domain::statistics::{tabulate, Dimension, Fee, Record, Subject, Tally, NONE, UNKNOWN};
use crate::domain::suppression::{suppress, MinCell, Suppression};
use crate::error::Error;

/// A grouped table of counts, with small cells suppressed.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "subject": "complaints", "group_by": ["category", "sex"], "min_cell": 5,
    "total": {"group": {}, "count": 61, "suppressed": false},
    "cells": [
        {"group": {"category": "recruitment_fee", "sex": "female"}, "count": 23, "suppressed": false},
        {"group": {"category": "recruitment_fee", "sex": "male"}, "count": 9, "suppressed": false},
        {"group": {"category": "threats", "sex": "female"}, "count": null, "suppressed": true, "reason": "secondary"},
        {"group": {"category": "threats", "sex": "male"}, "count": null, "suppressed": true, "reason": "primary"}
    ]}))]
pub struct StatsTable {
    /// What is counted: `complaints` or `findings`.
    pub subject: Subject,
    /// The dimensions of each cell's `group`, in the order asked for.
    pub group_by: Vec<Dimension>,
    /// Counts from 1 to `min_cell - 1` are never shown (primary suppression).
    pub min_cell: u32,
    /// All complaints (or standing findings), each counted once, whatever the
    /// grouping; suppressed when below `min_cell`.
    pub total: StatsCell,
    /// One cell per combination of values that has at least one record, in the order
    /// of the dimensions' values. Combinations with none are left out (their count is
    /// 0), except the single cell of an ungrouped table.
    pub cells: Vec<StatsCell>,
}

/// One cell of a statistics table.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"group": {"fee_category": "recruitment_fee", "jurisdiction": "NP"}, "count": 7,
    "suppressed": false, "fee_totals": [{"currency": "NPR", "charged_minor": 2520000000i64,
    "refund_ordered_minor": 2520000000i64, "refunded_minor": 120000000}]}))]
pub struct StatsCell {
    /// The cell's value for each dimension of `group_by` (empty for the total).
    /// Registry wire names, ISO codes and years; `unknown` when the record does not
    /// say (for example a complainant who did not give her sex), `none` for a finding
    /// without any violation or fee violation of that kind.
    pub group: BTreeMap<String, String>,
    /// Complaints (or findings) in the cell; null when suppressed.
    #[schema(required = true)]
    pub count: Option<i64>,
    /// True when `count` (and `fee_totals`) are withheld.
    pub suppressed: bool,
    /// Why it is withheld: `primary` (below `min_cell`) or `secondary` (shown, it
    /// would let a primary cell be worked out from a row or column total).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Suppression>,
    /// Findings only, and only when the cell is shown: fees charged to workers, and
    /// refunds ordered and paid, per currency (never converted or added across
    /// currencies), in minor units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_totals: Option<Vec<CellFeeTotals>>,
}

/// Fee totals of one currency in one cell, in minor units of `currency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CellFeeTotals {
    /// ISO 4217 code.
    pub currency: String,
    /// Charged to workers: amount per worker times workers affected, summed.
    pub charged_minor: i64,
    /// Refunds ordered by inspectors.
    pub refund_ordered_minor: i64,
    /// Refunds paid to workers so far.
    pub refunded_minor: i64,
}

/// The table of `subject` grouped by `group_by`, with cells under `min_cell`
/// suppressed and the secondary suppression that protects them. One read snapshot,
/// so the total and the cells agree.
pub fn statistics(
    conn: &mut AnyConnection,
    subject: Subject,
    group_by: &[Dimension],
    min_cell: MinCell,
) -> Result<StatsTable, Error> {
    let (records, total) = read_snapshot(conn, |conn| match subject {
        Subject::Complaints => Ok((
            complaint_records(conn, group_by)?,
            complaint_records(conn, &[])?,
        )),
        Subject::Findings => {
            let facts = finding_facts(conn)?;
            Ok((
                facts.iter().map(|f| f.record(group_by)).collect(),
                facts.iter().map(|f| f.record(&[])).collect(),
            ))
        }
    })?;
    let fee_dimension = group_by.iter().position(|d| *d == Dimension::FeeCategory);
    let overflow = |e: crate::domain::statistics::Overflow| Error::Internal(e.to_string());
    let mut cells: Vec<(Vec<String>, Tally)> = tabulate(&records, fee_dimension)
        .map_err(overflow)?
        .into_iter()
        .collect();
    cells.sort_by_cached_key(|(key, _)| {
        key.iter()
            .zip(group_by)
            .map(|(value, d)| d.sort_key(value))
            .collect::<Vec<_>>()
    });
    let total = tabulate(&total, None)
        .map_err(overflow)?
        .remove(&Vec::new())
        .unwrap_or_default();
    if group_by.is_empty() && cells.is_empty() {
        cells.push((Vec::new(), Tally::default()));
    }
    let counts: Vec<(Vec<String>, i64)> = cells
        .iter()
        .map(|(key, tally)| (key.clone(), tally.count))
        .collect();
    let marks = suppress(&counts, min_cell);
    let with_fees = subject == Subject::Findings;
    let total = cell(
        &[],
        &[],
        &total,
        min_cell.hides(total.count).then_some(Suppression::Primary),
        with_fees,
    );
    let cells = cells
        .iter()
        .zip(marks)
        .map(|((key, tally), mark)| cell(group_by, key, tally, mark, with_fees))
        .collect();
    Ok(StatsTable {
        subject,
        group_by: group_by.to_vec(),
        min_cell: min_cell.get(),
        total,
        cells,
    })
}

fn cell(
    group_by: &[Dimension],
    key: &[String],
    tally: &Tally,
    mark: Option<Suppression>,
    with_fees: bool,
) -> StatsCell {
    let shown = mark.is_none();
    StatsCell {
        group: group_by
            .iter()
            .zip(key)
            .map(|(d, v)| (d.as_str().to_string(), v.clone()))
            .collect(),
        count: shown.then_some(tally.count),
        suppressed: !shown,
        reason: mark,
        fee_totals: (with_fees && shown).then(|| {
            tally
                .fees
                .iter()
                .map(|(currency, sums)| CellFeeTotals {
                    currency: currency.clone(),
                    charged_minor: sums.charged_minor,
                    refund_ordered_minor: sums.refund_ordered_minor,
                    refunded_minor: sums.refunded_minor,
                })
                .collect()
        }),
    }
}

/// Complaints alike in every fact statistics read, counted by the database.
struct ComplaintGroup {
    /// Category wire names joined with commas, as stored.
    categories: String,
    sex: Option<String>,
    nationality: Option<String>,
    sector: Option<String>,
    /// One incident country, when grouped by country (a complaint then counts once
    /// per country it names).
    country: Option<String>,
    year: Option<i32>,
    count: i64,
}

// Complaints grouped by incident country: the columns of the two tables may share
// one GROUP BY.
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    complaints::categories,
    complaint_countries::country
);
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    complaints::sex,
    complaint_countries::country
);
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    complaints::nationality,
    complaint_countries::country
);
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    complaints::sector,
    complaint_countries::country
);

type GroupRow = (String, Option<String>, Option<String>, Option<String>, i64);
type CountryGroupRow = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    i64,
);

/// Complaints counted by the database per combination of their facts, as records
/// for the dimensions of `group_by`. Years are counted one query per year, so the
/// same SQL serves both backends (they extract a year from a timestamp differently).
fn complaint_records(
    conn: &mut AnyConnection,
    group_by: &[Dimension],
) -> Result<Vec<Record>, Error> {
    let by_country = group_by.contains(&Dimension::DestinationCountry);
    let mut periods: Vec<(Option<i32>, NaiveDateTime, NaiveDateTime)> = Vec::new();
    if group_by.contains(&Dimension::Year) {
        let (first, last): (Option<NaiveDateTime>, Option<NaiveDateTime>) = complaints::table
            .select((min(complaints::created_at), max(complaints::created_at)))
            .first(conn)?;
        if let (Some(first), Some(last)) = (first, last) {
            for year in first.year()..=last.year() {
                periods.push((Some(year), start_of(year)?, start_of(year + 1)?));
            }
        }
    } else {
        // Bounds both backends store and compare alike (SQLite compares text).
        periods.push((None, start_of(1)?, start_of(9999)?));
    }
    let mut groups = Vec::new();
    for (year, from, until) in periods {
        let in_period = complaints::created_at
            .ge(from)
            .and(complaints::created_at.lt(until));
        if by_country {
            let rows: Vec<CountryGroupRow> = complaints::table
                .inner_join(complaint_countries::table)
                .filter(in_period)
                .group_by((
                    complaints::categories,
                    complaints::sex,
                    complaints::nationality,
                    complaints::sector,
                    complaint_countries::country,
                ))
                .select((
                    complaints::categories,
                    complaints::sex,
                    complaints::nationality,
                    complaints::sector,
                    complaint_countries::country,
                    count_star(),
                ))
                .load(conn)?;
            groups.extend(rows.into_iter().map(
                |(categories, sex, nationality, sector, country, count)| ComplaintGroup {
                    categories,
                    sex,
                    nationality,
                    sector,
                    country: Some(country),
                    year,
                    count,
                },
            ));
        } else {
            let rows: Vec<GroupRow> = complaints::table
                .filter(in_period)
                .group_by((
                    complaints::categories,
                    complaints::sex,
                    complaints::nationality,
                    complaints::sector,
                ))
                .select((
                    complaints::categories,
                    complaints::sex,
                    complaints::nationality,
                    complaints::sector,
                    count_star(),
                ))
                .load(conn)?;
            groups.extend(
                rows.into_iter()
                    .map(
                        |(categories, sex, nationality, sector, count)| ComplaintGroup {
                            categories,
                            sex,
                            nationality,
                            sector,
                            country: None,
                            year,
                            count,
                        },
                    ),
            );
        }
    }
    Ok(groups
        .iter()
        .map(|g| Record {
            values: group_by.iter().map(|d| g.values(*d)).collect(),
            weight: g.count,
            fees: Vec::new(),
        })
        .collect())
}

fn start_of(year: i32) -> Result<NaiveDateTime, Error> {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .ok_or_else(|| Error::Internal(format!("no such year: {year}")))
}

fn or_unknown(value: &Option<String>) -> Vec<String> {
    vec![value.clone().unwrap_or_else(|| UNKNOWN.to_string())]
}

impl ComplaintGroup {
    fn values(&self, dimension: Dimension) -> Vec<String> {
        match dimension {
            Dimension::Category => self
                .categories
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            Dimension::Sex => or_unknown(&self.sex),
            Dimension::Nationality => or_unknown(&self.nationality),
            Dimension::Sector => or_unknown(&self.sector),
            Dimension::DestinationCountry => or_unknown(&self.country),
            Dimension::Year => or_unknown(&self.year.map(|y| y.to_string())),
            // Not dimensions of complaints: `parse_group_by` refuses them.
            Dimension::FeeCategory | Dimension::Jurisdiction => vec![NONE.to_string()],
        }
    }
}

/// What statistics read of one standing finding.
#[derive(Default)]
struct FindingFacts {
    jurisdiction: String,
    year: Option<i32>,
    categories: Vec<String>,
    fees: Vec<Fee>,
    sexes: Vec<String>,
    nationalities: Vec<String>,
    sectors: Vec<String>,
    countries: Vec<String>,
}

impl FindingFacts {
    fn record(&self, group_by: &[Dimension]) -> Record {
        Record {
            values: group_by.iter().map(|d| self.values(*d)).collect(),
            weight: 1,
            fees: self.fees.clone(),
        }
    }

    fn values(&self, dimension: Dimension) -> Vec<String> {
        let or = |values: &Vec<String>, empty: &str| {
            if values.is_empty() {
                vec![empty.to_string()]
            } else {
                values.clone()
            }
        };
        match dimension {
            Dimension::Category => or(&self.categories, NONE),
            Dimension::FeeCategory => {
                let categories: Vec<String> =
                    self.fees.iter().map(|f| f.category.clone()).collect();
                or(&categories, NONE)
            }
            Dimension::Sex => or(&self.sexes, UNKNOWN),
            Dimension::Nationality => or(&self.nationalities, UNKNOWN),
            Dimension::Sector => or(&self.sectors, UNKNOWN),
            Dimension::DestinationCountry => or(&self.countries, UNKNOWN),
            Dimension::Jurisdiction => vec![self.jurisdiction.clone()],
            Dimension::Year => or_unknown(&self.year.map(|y| y.to_string())),
        }
    }
}

type FeeRow = (String, String, String, String, i64, i64, i64);
type LinkedComplaintRow = (String, Option<String>, Option<String>, Option<String>);

/// The facts of every standing finding (published, appealed or upheld), by id.
fn finding_facts(conn: &mut AnyConnection) -> Result<Vec<FindingFacts>, Error> {
    let standing: Vec<&str> = FindingStatus::STANDING.iter().map(|s| s.as_str()).collect();
    let mut facts: HashMap<String, FindingFacts> = findings::table
        .filter(findings::status.eq_any(&standing))
        .select((findings::id, findings::jurisdiction, findings::published_at))
        .load::<(String, String, Option<NaiveDateTime>)>(conn)?
        .into_iter()
        .map(|(id, jurisdiction, published_at)| {
            let finding = FindingFacts {
                jurisdiction,
                year: published_at.map(|at| at.year()),
                ..FindingFacts::default()
            };
            (id, finding)
        })
        .collect();
    let categories: Vec<(String, String)> = violations::table
        .inner_join(findings::table)
        .filter(findings::status.eq_any(&standing))
        .select((violations::finding_id, violations::category))
        .load(conn)?;
    for (id, category) in categories {
        if let Some(f) = facts.get_mut(&id) {
            f.categories.push(category);
        }
    }
    let paid: Vec<(String, i64)> = refunds::table
        .inner_join(findings::table)
        .filter(findings::status.eq_any(&standing))
        .select((refunds::fee_violation_id, refunds::amount_minor))
        .load(conn)?;
    let mut refunded: HashMap<String, i64> = HashMap::new();
    for (fee_id, amount) in paid {
        let sum = refunded.entry(fee_id).or_default();
        *sum = sum.checked_add(amount).ok_or_else(too_large)?;
    }
    let fees: Vec<FeeRow> = fee_violations::table
        .inner_join(findings::table)
        .filter(findings::status.eq_any(&standing))
        .select((
            fee_violations::id,
            fee_violations::finding_id,
            fee_violations::category,
            fee_violations::currency,
            fee_violations::amount_per_worker_minor,
            fee_violations::workers_affected,
            fee_violations::refund_ordered_minor,
        ))
        .load(conn)?;
    for (fee_id, id, category, currency, per_worker, workers, ordered) in fees {
        if let Some(f) = facts.get_mut(&id) {
            f.fees.push(Fee {
                category,
                currency: parse_currency(&currency)
                    .map_or_else(|| currency.trim().to_string(), str::to_string),
                charged_minor: per_worker.checked_mul(workers).ok_or_else(too_large)?,
                refund_ordered_minor: ordered,
                refunded_minor: refunded.get(&fee_id).copied().unwrap_or(0),
            });
        }
    }
    let linked: Vec<LinkedComplaintRow> = finding_complaints::table
        .inner_join(findings::table.on(findings::id.eq(finding_complaints::finding_id)))
        .inner_join(complaints::table.on(complaints::id.eq(finding_complaints::complaint_id)))
        .filter(findings::status.eq_any(&standing))
        .select((
            finding_complaints::finding_id,
            complaints::sex,
            complaints::nationality,
            complaints::sector,
        ))
        .load(conn)?;
    for (id, sex, nationality, sector) in linked {
        if let Some(f) = facts.get_mut(&id) {
            f.sexes.extend(or_unknown(&sex));
            f.nationalities.extend(or_unknown(&nationality));
            f.sectors.extend(or_unknown(&sector));
        }
    }
    let countries: Vec<(String, String)> = finding_complaints::table
        .inner_join(findings::table.on(findings::id.eq(finding_complaints::finding_id)))
        .inner_join(
            complaint_countries::table
                .on(complaint_countries::complaint_id.eq(finding_complaints::complaint_id)),
        )
        .filter(findings::status.eq_any(&standing))
        .select((finding_complaints::finding_id, complaint_countries::country))
        .load(conn)?;
    for (id, country) in countries {
        if let Some(f) = facts.get_mut(&id) {
            f.countries.push(country);
        }
    }
    Ok(facts.into_values().collect())
}

fn too_large() -> Error {
    Error::Internal("a fee total does not fit in 64 bits".into())
}

impl StatsTable {
    /// The table as CSV: one column per dimension, then `count`, `suppressed`
    /// (`true`/`false`) and `reason`; for findings three columns per currency shown
    /// (`charged_minor_NPR`, `refund_ordered_minor_NPR`, `refunded_minor_NPR`).
    /// A suppressed cell's numbers are blank.
    pub fn to_csv(&self) -> Result<String, Error> {
        let currencies: Vec<String> = {
            let mut all: Vec<String> = self
                .cells
                .iter()
                .flat_map(|c| c.fee_totals.iter().flatten())
                .map(|f| f.currency.clone())
                .collect();
            all.sort();
            all.dedup();
            all
        };
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut header: Vec<String> = self.group_by.iter().map(|d| d.as_str().into()).collect();
        header.extend(["count", "suppressed", "reason"].map(String::from));
        for currency in &currencies {
            for measure in ["charged_minor", "refund_ordered_minor", "refunded_minor"] {
                header.push(format!("{measure}_{currency}"));
            }
        }
        let csv_error = |e: csv::Error| Error::Internal(format!("csv: {e}"));
        writer.write_record(&header).map_err(csv_error)?;
        for cell in &self.cells {
            let mut row: Vec<String> = self
                .group_by
                .iter()
                .map(|d| cell.group.get(d.as_str()).cloned().unwrap_or_default())
                .collect();
            row.push(cell.count.map(|c| c.to_string()).unwrap_or_default());
            row.push(cell.suppressed.to_string());
            row.push(
                cell.reason
                    .map(|r| r.as_str().to_string())
                    .unwrap_or_default(),
            );
            for currency in &currencies {
                let fees = cell
                    .fee_totals
                    .iter()
                    .flatten()
                    .find(|f| &f.currency == currency);
                for amount in [
                    fees.map(|f| f.charged_minor),
                    fees.map(|f| f.refund_ordered_minor),
                    fees.map(|f| f.refunded_minor),
                ] {
                    // A shown cell without fees in this currency has 0 of it.
                    let shown = (!cell.suppressed).then(|| amount.unwrap_or(0));
                    row.push(shown.map(|a| a.to_string()).unwrap_or_default());
                }
            }
            writer.write_record(&row).map_err(csv_error)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| Error::Internal(format!("csv: {e}")))?;
        String::from_utf8(bytes).map_err(|e| Error::Internal(format!("csv: {e}")))
    }
}
