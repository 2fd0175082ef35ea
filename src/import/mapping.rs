//! A register's mapping file: which column holds what, how dates and blank cells
//! are written, and what a licence that disappears from a later file becomes.

use serde::Deserialize;

use crate::domain::country::parse_country;
use crate::domain::organization::{AliasKind, OrganizationKind};
use crate::error::Error;

/// The mappings shipped with fairrecruit, by name, for the admin API (which does
/// not accept mapping files over the network).
pub const SHIPPED: &[(&str, &str)] = &[(
    "hk-labour-department",
    include_str!("../../mappings/hk-labour-department.toml"),
)];

/// A parsed and checked mapping.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The register's name as people know it ("HK Labour Department register").
    pub register_name: String,
    /// The authority's own name.
    pub authority_name: String,
    /// Country of the organizations listed (ISO 3166-1 alpha-2).
    pub country: String,
    /// Kind given to new organizations.
    #[serde(default = "default_kind")]
    pub kind: OrganizationKind,
    /// Only "utf-8" is read; the field exists so a register in another encoding is
    /// refused by name rather than read as garbage.
    #[serde(default = "default_encoding")]
    pub encoding: String,
    /// Cell values that mean "empty", besides the empty string.
    #[serde(default)]
    pub blank: Vec<String>,
    /// What a listing (and its licences) becomes when a later file no longer has it.
    #[serde(default = "default_disappeared")]
    pub disappeared: Disappeared,
    pub columns: Columns,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    /// Name columns in order of preference: the first one not blank is the
    /// organization's name; the others become aliases of `alias_kind`.
    pub names: Vec<String>,
    #[serde(default = "default_alias_kind")]
    pub alias_kind: AliasKind,
    pub licence_number: Option<String>,
    pub licence_type: Option<String>,
    pub valid_from: Option<DateColumn>,
    pub valid_until: Option<DateColumn>,
    /// Address columns, joined with ", " in this order.
    #[serde(default)]
    pub address: Vec<String>,
    pub telephone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub categories: Option<String>,
    #[serde(default = "default_separator")]
    pub categories_separator: String,
}

/// A date column and how its dates are written: "year" or a chrono format such as
/// "%d/%m/%Y".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateColumn {
    pub column: String,
    pub format: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Disappeared {
    Expired,
    Cancelled,
}

impl Disappeared {
    pub fn as_str(self) -> &'static str {
        match self {
            Disappeared::Expired => "expired",
            Disappeared::Cancelled => "cancelled",
        }
    }
}

fn default_kind() -> OrganizationKind {
    OrganizationKind::Agency
}
fn default_encoding() -> String {
    "utf-8".into()
}
fn default_disappeared() -> Disappeared {
    Disappeared::Cancelled
}
fn default_alias_kind() -> AliasKind {
    AliasKind::Transliteration
}
fn default_separator() -> String {
    ",".into()
}

impl Mapping {
    /// Parses a mapping file's text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Mapping, Error> {
        let mut mapping: Mapping = toml::from_str(text)
            .map_err(|e| Error::BadRequest(format!("mapping {origin}: {}", e.message())))?;
        let bad = |what: &str| Error::BadRequest(format!("mapping {origin}: {what}"));
        mapping.country = parse_country(&mapping.country)
            .ok_or_else(|| bad("`country` must be an ISO 3166-1 alpha-2 code"))?;
        if !matches!(
            mapping.encoding.to_ascii_lowercase().as_str(),
            "utf-8" | "utf8"
        ) {
            return Err(bad(&format!(
                "encoding {:?} is not supported; convert the file to UTF-8 first",
                mapping.encoding
            )));
        }
        if mapping.columns.names.is_empty() {
            return Err(bad("`columns.names` must name at least one column"));
        }
        if mapping.register_name.trim().is_empty() || mapping.authority_name.trim().is_empty() {
            return Err(bad(
                "`register_name` and `authority_name` must not be empty",
            ));
        }
        for date in [&mapping.columns.valid_from, &mapping.columns.valid_until]
            .into_iter()
            .flatten()
        {
            if date.format != "year"
                && chrono::format::StrftimeItems::new(&date.format)
                    .parse()
                    .is_err()
            {
                return Err(bad(&format!("date format {:?} is not valid", date.format)));
            }
        }
        Ok(mapping)
    }

    /// A shipped mapping by name.
    pub fn shipped(name: &str) -> Result<Mapping, Error> {
        let (_, text) = SHIPPED.iter().find(|(n, _)| *n == name).ok_or_else(|| {
            let names: Vec<&str> = SHIPPED.iter().map(|(n, _)| *n).collect();
            Error::invalid(
                "mapping",
                format!("unknown mapping; shipped mappings: {}", names.join(", ")),
            )
        })?;
        Mapping::parse(text, name)
    }

    /// Every column the mapping names, for the missing-column check.
    pub fn columns_named(&self) -> Vec<&str> {
        let c = &self.columns;
        let mut out: Vec<&str> = c.names.iter().map(String::as_str).collect();
        out.extend(c.address.iter().map(String::as_str));
        out.extend(
            [
                &c.licence_number,
                &c.licence_type,
                &c.telephone,
                &c.fax,
                &c.email,
                &c.categories,
            ]
            .into_iter()
            .flatten()
            .map(String::as_str),
        );
        out.extend(
            [&c.valid_from, &c.valid_until]
                .into_iter()
                .flatten()
                .map(|d| d.column.as_str()),
        );
        out
    }

    /// True when a cell, trimmed, is empty or one of the blank spellings.
    pub fn is_blank(&self, cell: &str) -> bool {
        let trimmed = cell.trim_matches(|c: char| c.is_whitespace());
        trimmed.is_empty() || self.blank.iter().any(|b| b.trim() == trimmed || b == cell)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_hk_mapping_parses() {
        let m = Mapping::shipped("hk-labour-department").unwrap();
        assert_eq!(m.country, "HK");
        assert_eq!(m.columns.names[0], "English Company Name");
        assert!(m.is_blank("\u{a0}"));
        assert!(m.is_blank(" "));
        assert!(!m.is_blank("x"));
    }

    #[test]
    fn mistakes_are_named() {
        let e = Mapping::parse("register_name = 1", "m.toml").unwrap_err();
        assert!(e.to_string().starts_with("mapping m.toml:"), "{e}");
        let text = r#"register_name = "R"
authority_name = "A"
country = "XX"
[columns]
names = ["Name"]"#;
        let e = Mapping::parse(text, "m.toml").unwrap_err();
        assert!(e.to_string().contains("country"), "{e}");
        let e = Mapping::parse(
            &text
                .replace("XX", "HK")
                .replace("[columns]", "encoding = \"big5\"\n[columns]"),
            "m.toml",
        )
        .unwrap_err();
        assert!(e.to_string().contains("big5"), "{e}");
        assert!(Mapping::shipped("nope").is_err());
    }
}
