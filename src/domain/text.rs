//! Checks on free text fields: trimmed, non-empty, bounded.

use super::validation::Violations;

/// Longest organization, alias or person name accepted.
pub const MAX_NAME_CHARS: usize = 300;
/// Longest reason, note or short description accepted.
pub const MAX_REASON_CHARS: usize = 2000;
/// Longest identifier-like field (licence number, registration number).
pub const MAX_CODE_CHARS: usize = 100;
/// Longest URL or address line.
pub const MAX_LINE_CHARS: usize = 500;

/// The letters and digits of a code (licence or identity number), upper-cased, so
/// that the same code written with other punctuation, spacing or case compares equal.
pub fn fold_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Trims `value` and checks it is non-empty and at most `max` characters.
/// Returns the trimmed value, or records a violation and returns `None`.
pub fn required(
    violations: &mut Violations,
    field: &str,
    value: &str,
    max: usize,
) -> Option<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        violations.add(field, "must not be empty");
        return None;
    }
    if trimmed.chars().count() > max {
        violations.add(field, format!("must be at most {max} characters"));
        return None;
    }
    if trimmed.chars().any(|c| c.is_control()) {
        violations.add(field, "must not contain control characters");
        return None;
    }
    Some(trimmed.to_string())
}

/// Like [`required`] for an optional field: a missing or blank value is `None`.
pub fn optional(
    violations: &mut Violations,
    field: &str,
    value: Option<&str>,
    max: usize,
) -> Option<String> {
    match value.map(str::trim) {
        None | Some("") => None,
        Some(v) => required(violations, field, v, max),
    }
}

/// Folds a name for exact comparison: lowercase, whitespace collapsed.
pub fn fold_name(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Earliest and latest dates accepted anywhere: wide enough for any real licence,
/// narrow enough for both databases to store.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 9999;

/// Checks an optional date is within [`MIN_YEAR`, `MAX_YEAR`].
pub fn date_in_range(violations: &mut Violations, field: &str, value: Option<chrono::NaiveDate>) {
    use chrono::Datelike;
    if let Some(date) = value {
        if !(MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
            violations.add(
                field,
                format!("must be a date between {MIN_YEAR} and {MAX_YEAR}"),
            );
        }
    }
}
