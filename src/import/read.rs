//! Reading a register file through its mapping into rows, with errors that name the
//! row and the column.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::mapping::{DateColumn, Mapping};
use crate::error::Error;

/// One row of a register, cleaned: blank cells are `None`. `row` counts the header
/// as row 1, as a spreadsheet shows it (a cell with a line break stays one row).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterRow {
    pub row: u64,
    /// The name columns' values in the mapping's order; blank ones are skipped.
    pub names: Vec<String>,
    pub licence_number: Option<String>,
    pub licence_type: Option<String>,
    /// As written, e.g. "2017" or "03/02/2019".
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
    pub address: Option<String>,
    pub telephone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub categories: Vec<String>,
}

/// A register file read whole: its rows, the file's SHA-256 and its name.
#[derive(Debug, Clone)]
pub struct Register {
    pub rows: Vec<RegisterRow>,
    pub sha256: String,
}

/// A file problem with its place, e.g. "row 12, column \"Valid Licence since\": ...".
fn at(row: u64, column: Option<&str>, message: impl std::fmt::Display) -> Error {
    match column {
        Some(c) => Error::InvalidFile(format!("row {row}, column {c:?}: {message}")),
        None => Error::InvalidFile(format!("row {row}: {message}")),
    }
}

/// The row (header = 1) that byte `offset` of `bytes` falls in: the records of the
/// valid text before it, counting the one it interrupts.
fn row_of(bytes: &[u8], offset: usize) -> u64 {
    let before = &bytes[..offset];
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(before);
    let records = reader.records().count() as u64;
    if before.is_empty() || before.ends_with(b"\n") {
        records + 1
    } else {
        records
    }
}

/// Parses a date as the mapping says it is written; "year" reads as 1 January.
pub fn parse_date(value: &str, format: &str) -> Option<NaiveDate> {
    if format == "year" {
        let year: i32 = value.trim().parse().ok()?;
        if !(crate::domain::text::MIN_YEAR..=crate::domain::text::MAX_YEAR).contains(&year) {
            return None;
        }
        return NaiveDate::from_ymd_opt(year, 1, 1);
    }
    NaiveDate::parse_from_str(value.trim(), format).ok()
}

/// Reads and checks every row; the first problem stops the read (a failed import
/// changes nothing, so there is no partial result to keep).
pub fn read(bytes: &[u8], mapping: &Mapping) -> Result<Register, Error> {
    use sha2::{Digest, Sha256};
    let sha256 = hex::encode(Sha256::digest(bytes));
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.valid_up_to();
            return Err(at(
                row_of(bytes, offset),
                None,
                format!("not UTF-8 at byte {offset}; convert the file to UTF-8"),
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| at(1, None, format!("the header cannot be read: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let index = |column: &str| -> Result<usize, Error> {
        headers.iter().position(|h| h == column).ok_or_else(|| {
            at(
                1,
                None,
                format!(
                    "the mapping names column {column:?} but the header has {}",
                    headers
                        .iter()
                        .map(|h| format!("{h:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    };
    for column in mapping.columns_named() {
        index(column)?;
    }
    let c = &mapping.columns;
    let optional = |name: &Option<String>| name.as_deref().map(&index).transpose();
    let names: Vec<usize> = c.names.iter().map(|n| index(n)).collect::<Result<_, _>>()?;
    let address: Vec<usize> = c
        .address
        .iter()
        .map(|n| index(n))
        .collect::<Result<_, _>>()?;
    let licence_number = optional(&c.licence_number)?;
    let licence_type = optional(&c.licence_type)?;
    let telephone = optional(&c.telephone)?;
    let fax = optional(&c.fax)?;
    let email = optional(&c.email)?;
    let categories = optional(&c.categories)?;
    let valid_from = c
        .valid_from
        .as_ref()
        .map(|d| Ok::<_, Error>((index(&d.column)?, d)))
        .transpose()?;
    let valid_until = c
        .valid_until
        .as_ref()
        .map(|d| Ok::<_, Error>((index(&d.column)?, d)))
        .transpose()?;

    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i as u64 + 2;
        let record =
            record.map_err(|e| at(row, None, format!("malformed CSV: {}", csv_reason(&e))))?;
        let cell = |i: usize| -> Option<String> {
            let value = record.get(i).unwrap_or("");
            if mapping.is_blank(value) {
                None
            } else {
                Some(value.trim().to_string())
            }
        };
        let row_names: Vec<String> = names.iter().filter_map(|&i| cell(i)).collect();
        if row_names.is_empty() {
            return Err(at(
                row,
                None,
                format!("every name column is blank ({})", c.names.join(", ")),
            ));
        }
        let date = |col: Option<(usize, &DateColumn)>| -> Result<Option<String>, Error> {
            let Some((i, d)) = col else { return Ok(None) };
            let Some(value) = cell(i) else {
                return Ok(None);
            };
            if parse_date(&value, &d.format).is_none() {
                return Err(at(
                    row,
                    Some(&d.column),
                    format!("{value:?} is not a date in the format {:?}", d.format),
                ));
            }
            Ok(Some(value))
        };
        let address_parts: Vec<String> = address.iter().filter_map(|&i| cell(i)).collect();
        rows.push(RegisterRow {
            row,
            names: row_names,
            licence_number: licence_number.and_then(cell),
            licence_type: licence_type.and_then(cell),
            valid_from: date(valid_from)?,
            valid_until: date(valid_until)?,
            address: (!address_parts.is_empty()).then(|| address_parts.join(", ")),
            telephone: telephone.and_then(cell),
            fax: fax.and_then(cell),
            email: email.and_then(cell),
            categories: categories
                .and_then(cell)
                .map(|v| {
                    v.split(c.categories_separator.as_str())
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default(),
        });
    }
    Ok(Register { rows, sha256 })
}

/// The csv crate's message without its own position prefix.
fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        _ => e.to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn mapping() -> Mapping {
        Mapping::parse(
            r#"register_name = "R"
authority_name = "A"
country = "NP"
blank = ["-"]
[columns]
names = ["Name", "Other"]
licence_number = "Licence"
valid_until = { column = "Until", format = "%d/%m/%Y" }
address = ["Street", "Town"]
categories = "Kinds"
categories_separator = ";"
"#,
            "test",
        )
        .unwrap()
    }

    #[test]
    fn rows_are_cleaned_and_numbered_as_a_spreadsheet_shows_them() {
        let file = "Name,Other,Licence,Until,Street,Town,Kinds\n\
                    Alpha,अल्फा,L-1,31/12/2027,1 Road,Kathmandu,care; domestic\n\
                    - ,Beta,L-2,,\"2\nRoad\",-,\n";
        let r = read(file.as_bytes(), &mapping()).unwrap();
        assert_eq!(r.rows.len(), 2);
        assert_eq!(r.rows[0].row, 2);
        assert_eq!(r.rows[0].names, ["Alpha", "अल्फा"]);
        assert_eq!(r.rows[0].address.as_deref(), Some("1 Road, Kathmandu"));
        assert_eq!(r.rows[0].categories, ["care", "domestic"]);
        assert_eq!(r.rows[1].row, 3);
        assert_eq!(r.rows[1].names, ["Beta"]);
        assert_eq!(r.rows[1].valid_until, None);
        assert_eq!(r.sha256.len(), 64);
    }

    #[test]
    fn problems_name_the_row_and_column() {
        let m = mapping();
        let e = read(b"Name,Other\nA,B\n", &m).unwrap_err().to_string();
        assert!(
            e.starts_with("row 1: the mapping names column \"Street\""),
            "{e}"
        );
        let head = "Name,Other,Licence,Until,Street,Town,Kinds\n";
        let e = read(format!("{head}A,,1,2027-12-31,,,\n").as_bytes(), &m)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "row 2, column \"Until\": \"2027-12-31\" is not a date in the format \"%d/%m/%Y\""
        );
        let mut bytes = format!("{head}A,,1,,,,\nB").into_bytes();
        bytes.push(0xff);
        let e = read(&bytes, &m).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "row 3: not UTF-8 at byte {}; convert the file to UTF-8",
                bytes.len() - 1
            )
        );
        let e = read(format!("{head}A,,1\n").as_bytes(), &m)
            .unwrap_err()
            .to_string();
        assert_eq!(e, "row 2: malformed CSV: 3 fields where the header has 7");
        let e = read(format!("{head}-,,1,,,,\n").as_bytes(), &m)
            .unwrap_err()
            .to_string();
        assert_eq!(e, "row 2: every name column is blank (Name, Other)");
    }
}
