//! Rows grouped into entries (one per organization, branches merged) and the keys
//! and scores entity resolution compares them by.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::mapping::Mapping;
use super::read::{parse_date, RegisterRow};
use crate::domain::licence::normalise_number;
use crate::search::analysis;

/// One branch of a listed organization: a row of the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Branch {
    /// The row of the source file, counting the header as row 1.
    pub row: u64,
    pub address: Option<String>,
    pub telephone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
}

impl Branch {
    /// The branch without its row number: what a later file is compared on.
    fn details(
        &self,
    ) -> (
        &Option<String>,
        &Option<String>,
        &Option<String>,
        &Option<String>,
    ) {
        (&self.address, &self.telephone, &self.fax, &self.email)
    }
}

/// A licence number the register gives, with its dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedLicence {
    pub number: String,
    pub licence_type: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub row: u64,
}

/// One organization as a register file lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The folded names, joined: the same entry in the next file has the same key.
    pub key: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub since: Option<String>,
    pub categories: Vec<String>,
    pub branches: Vec<Branch>,
    pub licences: Vec<ListedLicence>,
}

impl Entry {
    pub fn rows(&self) -> Vec<u64> {
        self.branches.iter().map(|b| b.row).collect()
    }

    pub fn first_row(&self) -> u64 {
        self.branches.first().map(|b| b.row).unwrap_or(0)
    }

    /// True when recorded branches say the same as this entry's, row numbers aside
    /// (rows move when a later file inserts or drops lines; that is not a change).
    pub fn same_branches(&self, branches: &[Branch]) -> bool {
        let mine: Vec<_> = self.branches.iter().map(Branch::details).collect();
        let theirs: Vec<_> = branches.iter().map(Branch::details).collect();
        mine == theirs
    }

    /// Distinct addresses, in row order.
    pub fn addresses(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.branches
            .iter()
            .filter_map(|b| b.address.clone())
            .filter(|a| seen.insert(a.clone()))
            .collect()
    }

    /// Normalised telephone numbers, e-mails and addresses, for the shared-contact test.
    pub fn contacts(&self) -> BTreeSet<String> {
        contacts_of(&self.branches)
    }
}

/// A name folded for exact comparison in its own script: lower case, letters and
/// digits only, words single-spaced ("Achievers Ltd." and "ACHIEVERS LTD" agree).
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Groups rows into entries: rows with the same folded names are branches of one
/// organization, kept in row order.
pub fn group(rows: Vec<RegisterRow>, mapping: &Mapping) -> Vec<Entry> {
    let mut order: Vec<Entry> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for mut r in rows {
        let key = r
            .names
            .iter()
            .map(|n| fold(n))
            .collect::<Vec<_>>()
            .join(" | ");
        let i = match by_key.get(&key) {
            Some(&i) => i,
            None => {
                let mut names = std::mem::take(&mut r.names).into_iter();
                order.push(Entry {
                    key: key.clone(),
                    name: names.next().unwrap_or_default(),
                    aliases: names.collect(),
                    since: None,
                    categories: Vec::new(),
                    branches: Vec::new(),
                    licences: Vec::new(),
                });
                by_key.insert(key, order.len() - 1);
                order.len() - 1
            }
        };
        let entry = &mut order[i];
        entry.branches.push(Branch {
            row: r.row,
            address: r.address.take(),
            telephone: r.telephone.take(),
            fax: r.fax.take(),
            email: r.email.take(),
        });
        for c in &r.categories {
            if !entry.categories.contains(c) {
                entry.categories.push(c.clone());
            }
        }
        // The earliest start any branch gives is when the organization was first listed.
        let from = mapping.columns.valid_from.as_ref();
        let date = |v: &Option<String>| {
            v.as_deref()
                .zip(from)
                .and_then(|(v, d)| parse_date(v, &d.format))
        };
        let earlier = match (&entry.since, &r.valid_from) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(_), Some(_)) => date(&r.valid_from) < date(&entry.since),
        };
        if earlier {
            entry.since = r.valid_from.clone();
        }
        if let Some(number) = &r.licence_number {
            let normalised = normalise_number(number);
            if !entry
                .licences
                .iter()
                .any(|l| normalise_number(&l.number) == normalised)
            {
                let until = mapping.columns.valid_until.as_ref();
                entry.licences.push(ListedLicence {
                    number: number.clone(),
                    licence_type: r.licence_type.clone(),
                    valid_from: date(&r.valid_from),
                    valid_until: r
                        .valid_until
                        .as_deref()
                        .zip(until)
                        .and_then(|(v, d)| parse_date(v, &d.format)),
                    row: r.row,
                });
            }
        }
    }
    order
}

/// What a contact key stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    Address,
    Telephone,
    Email,
}

/// Each contact of some branches as (key, kind, value as written): telephone and
/// fax numbers by their digits (each of "2813 8080 / 9668 9927"), e-mails in lower
/// case, addresses folded.
pub fn contact_entries(branches: &[Branch]) -> Vec<(String, ContactKind, String)> {
    let mut out = Vec::new();
    for b in branches {
        for phone in [&b.telephone, &b.fax].into_iter().flatten() {
            for part in phone.split(['/', ',', ';']) {
                let digits: String = part.chars().filter(char::is_ascii_digit).collect();
                if digits.len() >= 6 {
                    out.push((
                        format!("tel:{digits}"),
                        ContactKind::Telephone,
                        part.trim().to_string(),
                    ));
                }
            }
        }
        if let Some(email) = &b.email {
            out.push((
                format!("mail:{}", email.trim().to_lowercase()),
                ContactKind::Email,
                email.trim().to_string(),
            ));
        }
        if let Some(address) = &b.address {
            out.push((address_key(address), ContactKind::Address, address.clone()));
        }
    }
    out
}

/// The contact keys of some branches (see `contact_entries`).
pub fn contacts_of(branches: &[Branch]) -> BTreeSet<String> {
    contact_entries(branches)
        .into_iter()
        .map(|(key, _, _)| key)
        .collect()
}

/// The contact key of an address: folded, so case and punctuation do not matter.
pub fn address_key(address: &str) -> String {
    format!("addr:{}", fold(address))
}

/// The distinctive words of a name, transliterated: what similarity compares and
/// what candidates are blocked on.
pub fn distinctive(name: &str) -> String {
    analysis::name_key(name)
}

/// Similarity of two names from 0 to 1: the Dice coefficient of the character
/// trigrams of their distinctive words, so legal forms and generic words
/// ("Manpower", "Ltd") neither make nor break a match.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (distinctive(a), distinctive(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let grams = |s: &str| -> Vec<[char; 3]> {
        let chars: Vec<char> = format!("  {s} ").chars().collect();
        let mut g: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
        g.sort_unstable();
        g
    };
    let (ga, gb) = (grams(&a), grams(&b));
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < ga.len() && j < gb.len() {
        match ga[i].cmp(&gb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (ga.len() + gb.len()) as f64
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::import::mapping::Mapping;

    fn row(n: u64, names: &[&str], address: &str, phone: &str) -> RegisterRow {
        RegisterRow {
            row: n,
            names: names.iter().map(|s| s.to_string()).collect(),
            licence_number: None,
            licence_type: None,
            valid_from: Some(format!("{}", 2000 + n)),
            valid_until: None,
            address: Some(address.into()),
            telephone: Some(phone.into()),
            fax: None,
            email: None,
            categories: vec!["Foreign Domestic Helpers".into()],
        }
    }

    #[test]
    fn branches_with_the_same_names_are_one_entry() {
        let m = Mapping::shipped("hk-labour-department").unwrap();
        let rows = [
            row(
                5,
                &["Achievers Ltd.", "思賢有限公司"],
                "1 On Hing Terrace",
                "2813 8080",
            ),
            row(
                2,
                &["ACHIEVERS LTD", "思賢有限公司"],
                "2 Nathan Road",
                "2813 8081",
            ),
            row(3, &["Other Ltd"], "3 Road", "1234567"),
        ];
        let entries = group(rows.to_vec(), &m);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].rows(), [5, 2]);
        assert_eq!(entries[0].name, "Achievers Ltd.");
        assert_eq!(entries[0].aliases, ["思賢有限公司"]);
        assert_eq!(entries[0].since.as_deref(), Some("2002"));
        assert_eq!(
            entries[0].addresses(),
            ["1 On Hing Terrace", "2 Nathan Road"]
        );
        assert!(entries[0].contacts().contains("tel:28138080"));
    }

    #[test]
    fn similarity_ignores_legal_forms_and_punctuation() {
        assert_eq!(
            similarity("Al-Noor Manpower Pvt. Ltd.", "AL NOOR Services Limited"),
            1.0
        );
        let close = similarity(
            "Goldenwing Employment Agency",
            "Golden Wing Employment Agency Ltd",
        );
        assert!(close > 0.75, "{close}");
        assert!(similarity("Sunrise Agency", "Moonlight Agency") < 0.3);
    }
}
