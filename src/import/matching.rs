//! Entity resolution: does a register entry describe an organization already
//! recorded? Rules in order, each decision carrying its rule, score and reason.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;
use utoipa::ToSchema;

use super::entries::{distinctive, fold, similarity, Entry};
use crate::domain::licence::normalise_number;

/// At or above this similarity, plus a shared contact, an entry is merged.
pub const MERGE_SIMILARITY: f64 = 0.9;
/// From here up to a merge, the entry is held for review instead.
pub const REVIEW_SIMILARITY: f64 = 0.75;
/// A blocking key shared by more organizations than this says little; it is not
/// used to find candidates (keeps the comparison count bounded on large registries).
const MAX_BLOCK: usize = 500;

/// An organization already recorded in the register's country.
#[derive(Debug, Clone)]
pub struct KnownOrganization {
    pub id: String,
    /// Name first, then aliases.
    pub names: Vec<String>,
    /// As `Entry::contacts` spells them.
    pub contacts: BTreeSet<String>,
}

/// Why an entry was matched or held, written into the events and the report.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Decision {
    /// `licence_number`, `same_name`, `similar_name_shared_contact`, `similar_name`,
    /// or `review` (an admin decided).
    pub rule: &'static str,
    /// 1 for exact rules; the name similarity (0 to 1) otherwise.
    pub score: f64,
    pub explanation: String,
}

/// Where an entry goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// Its own listing from an earlier file: compare and update.
    Listed {
        listing: usize,
    },
    /// An organization recorded without this register's listing.
    Matched {
        organization: usize,
        decision: Decision,
    },
    /// Uncertain: held for an admin, not merged.
    Review {
        organization: usize,
        decision: Decision,
    },
    /// Already held for review from an earlier import.
    AlreadyHeld,
    New,
}

/// What the registry holds that entries are compared with.
#[derive(Debug, Default)]
pub struct Known {
    pub organizations: Vec<KnownOrganization>,
    /// The authority's listings, by key, as indices into the caller's list.
    pub listings: HashMap<String, usize>,
    /// The authority's licences: normalised number → organization id.
    pub licences: HashMap<String, String>,
    /// Keys held for review and not yet decided.
    pub held: HashSet<String>,
    by_id: HashMap<String, usize>,
    by_name: HashMap<String, Vec<usize>>,
    by_word: HashMap<String, Vec<usize>>,
}

impl Known {
    /// Builds the lookups over `organizations`.
    /// With `matching` false only listings, licences and held keys resolve entries
    /// (every entry has its listing: a re-import), and names are not analysed.
    pub fn new(
        organizations: Vec<KnownOrganization>,
        listings: HashMap<String, usize>,
        licences: HashMap<String, String>,
        held: HashSet<String>,
        matching: bool,
    ) -> Known {
        let mut known = Known {
            organizations,
            listings,
            licences,
            held,
            ..Known::default()
        };
        for (i, o) in known.organizations.iter().enumerate() {
            known.by_id.insert(o.id.clone(), i);
            if !matching {
                continue;
            }
            let mut keys = HashSet::new();
            for name in &o.names {
                known.by_name.entry(fold(name)).or_default().push(i);
                keys.extend(block_keys(name));
            }
            for key in keys {
                known.by_word.entry(key).or_default().push(i);
            }
        }
        for list in known.by_name.values_mut() {
            list.dedup();
        }
        known
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Applies the rules in order: own listing, held for review, (a) licence
    /// number, (b) same name in the country, (c) similar name with a shared contact;
    /// a similar name without one, or one only fairly close, is held for review.
    pub fn resolve(&self, entry: &Entry) -> Resolution {
        if let Some(&listing) = self.listings.get(&entry.key) {
            return Resolution::Listed { listing };
        }
        if self.held.contains(&entry.key) {
            return Resolution::AlreadyHeld;
        }
        for l in &entry.licences {
            if let Some(i) = self
                .licences
                .get(&normalise_number(&l.number))
                .and_then(|id| self.index_of(id))
            {
                return Resolution::Matched {
                    organization: i,
                    decision: Decision {
                        rule: "licence_number",
                        score: 1.0,
                        explanation: format!("licence number {} is already recorded", l.number),
                    },
                };
            }
        }
        let names: Vec<&String> = std::iter::once(&entry.name).chain(&entry.aliases).collect();
        let mut same: Vec<usize> = names
            .iter()
            .filter_map(|n| self.by_name.get(&fold(n)))
            .flatten()
            .copied()
            .collect();
        same.sort_unstable();
        same.dedup();
        match same.as_slice() {
            [one] => {
                return Resolution::Matched {
                    organization: *one,
                    decision: Decision {
                        rule: "same_name",
                        score: 1.0,
                        explanation: format!(
                            "same name as {:?} in the same country",
                            self.organizations[*one].names[0]
                        ),
                    },
                }
            }
            [first, ..] => {
                return Resolution::Review {
                    organization: *first,
                    decision: Decision {
                        rule: "same_name",
                        score: 1.0,
                        explanation: format!(
                            "{} organizations in the country have this name",
                            same.len()
                        ),
                    },
                }
            }
            [] => {}
        }
        self.similar(entry, &names)
    }

    /// Rule (c): the closest organization sharing a distinctive word.
    fn similar(&self, entry: &Entry, names: &[&String]) -> Resolution {
        // Nothing recorded to resemble (a first import): no need to analyse names.
        if self.by_word.is_empty() {
            return Resolution::New;
        }
        let mut candidates: Vec<usize> = names
            .iter()
            .flat_map(|n| {
                block_keys(n)
                    .into_iter()
                    .filter_map(|key| self.by_word.get(&key))
                    .filter(|list| list.len() <= MAX_BLOCK)
                    .flatten()
                    .copied()
                    .collect::<Vec<_>>()
            })
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        if candidates.is_empty() {
            return Resolution::New;
        }
        let contacts = entry.contacts();
        let mut best: Option<(f64, usize, bool)> = None;
        for i in candidates {
            let o = &self.organizations[i];
            let score = names
                .iter()
                .flat_map(|a| o.names.iter().map(move |b| similarity(a, b)))
                .fold(0.0, f64::max);
            let shared = !contacts.is_disjoint(&o.contacts);
            let better = match best {
                None => true,
                Some((s, _, sh)) => (score, shared) > (s, sh),
            };
            if better {
                best = Some((score, i, shared));
            }
        }
        let Some((score, i, shared)) = best else {
            return Resolution::New;
        };
        let other = &self.organizations[i].names[0];
        let score = (score * 1000.0).round() / 1000.0;
        if score >= MERGE_SIMILARITY && shared {
            Resolution::Matched {
                organization: i,
                decision: Decision {
                    rule: "similar_name_shared_contact",
                    score,
                    explanation: format!(
                        "name {score} similar to {other:?}, and they share an address, telephone or e-mail"
                    ),
                },
            }
        } else if score >= REVIEW_SIMILARITY {
            let why = if shared {
                "with a shared contact, but below the merge threshold"
            } else {
                "but no shared address, telephone or e-mail"
            };
            Resolution::Review {
                organization: i,
                decision: Decision {
                    rule: "similar_name",
                    score,
                    explanation: format!("name {score} similar to {other:?}, {why}"),
                },
            }
        } else {
            Resolution::New
        }
    }
}

/// The keys a name is blocked on: each distinctive word, and its first and last
/// four letters, so that a typo in one half of a word still meets its candidates.
fn block_keys(name: &str) -> HashSet<String> {
    let mut keys = HashSet::new();
    for word in distinctive(name).split(' ').filter(|w| !w.is_empty()) {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() > 4 {
            keys.insert(format!("<{}", chars[..4].iter().collect::<String>()));
            keys.insert(format!(
                ">{}",
                chars[chars.len() - 4..].iter().collect::<String>()
            ));
        }
        keys.insert(word.to_string());
    }
    keys
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::import::entries::Branch;

    fn entry(name: &str, phone: &str) -> Entry {
        Entry {
            key: fold(name),
            name: name.into(),
            aliases: vec![],
            since: None,
            categories: vec![],
            branches: vec![Branch {
                row: 2,
                address: None,
                telephone: Some(phone.into()),
                fax: None,
                email: None,
            }],
            licences: vec![],
        }
    }

    fn known() -> Known {
        let org = |id: &str, name: &str, phone: &str| KnownOrganization {
            id: id.into(),
            names: vec![name.into()],
            contacts: [format!("tel:{phone}")].into(),
        };
        Known::new(
            vec![
                org("a", "Goldenwing Employment Agency Ltd", "23456789"),
                org("b", "Silver Lotus Agency", "34567890"),
            ],
            HashMap::new(),
            HashMap::new(),
            HashSet::new(),
            true,
        )
    }

    #[test]
    fn an_exact_name_matches_by_rule_b() {
        let r = known().resolve(&entry("GOLDENWING EMPLOYMENT AGENCY LTD", "1"));
        assert!(
            matches!(r, Resolution::Matched { organization: 0, decision } if decision.rule == "same_name")
        );
    }

    #[test]
    fn a_similar_name_merges_only_with_a_shared_contact() {
        let k = known();
        let r = k.resolve(&entry("Goldenwing Employment Company", "2345 6789"));
        assert!(
            matches!(&r, Resolution::Matched { decision, .. } if decision.rule == "similar_name_shared_contact"),
            "{r:?}"
        );
        let r = k.resolve(&entry("Goldenwings Employment Agency", "99999999"));
        assert!(
            matches!(&r, Resolution::Review { decision, .. } if decision.rule == "similar_name"),
            "{r:?}"
        );
        assert_eq!(
            k.resolve(&entry("Blue Harbour Agency", "34567890")),
            Resolution::New
        );
    }
}
