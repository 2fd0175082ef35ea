//! Links between organizations through shared people, addresses, telephones and
//! e-mails: how an agency whose licence was revoked reappears under a new name (a
//! "phoenix"). One person record linking two organizations is the same person; two
//! records with the same name are the same person when their identity numbers or
//! dates of birth agree, or the organizations share a contact; two people when an
//! identifier both have differs; otherwise only a possible match.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::organizations::{find_row, today, OrganizationRef};
use crate::db::schema::{organization_people, organizations, people, register_listings};
use crate::db::AnyConnection;
use crate::domain::finding::SanctionKind;
use crate::domain::identity::{self, Comparison};
use crate::domain::licence::LicenceStatus;
use crate::domain::organization::PersonRole;
use crate::error::Error;
use crate::import::entries::{address_key, contact_entries, fold, Branch, ContactKind};
use crate::search::{OrganizationDocument, SearchIndex};

/// Organizations followed from the first hop into the second.
const MAX_FIRST_HOP: usize = 50;
/// Links returned at most.
const MAX_LINKS: usize = 200;

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

/// Query of `GET /api/v1/organizations/{id}/network`.
#[derive(Debug, Clone, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct NetworkQuery {
    /// 1 (direct links) or 2 (also the links of those), default 2.
    pub hops: Option<u8>,
}

/// What two organizations share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Person,
    Address,
    Telephone,
    Email,
}

/// How sure the link is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A name match only: two person records with the same name.
    Possible,
    /// The same person record, the same contact, or a name match with the same
    /// identity number, the same date of birth or a shared contact.
    Same,
}

/// Why two person records are taken for one person, or only possibly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PersonBasis {
    /// One person record links both organizations.
    SameRecord,
    /// Same name and the same identity number.
    IdNumber,
    /// Same name and the same date of birth.
    DateOfBirth,
    /// Same name, and the organizations share an address, telephone or e-mail.
    SharedContact,
    /// Same name only.
    NameOnly,
}

/// One shared fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub confidence: Confidence,
    /// The person's name, or the address, telephone or e-mail as recorded.
    pub value: String,
    /// The person's role here and there, e.g. `director here, owner there`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<String>,
    /// For a person: what the match rests on. Dates of birth and identity numbers
    /// are compared, never shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<PersonBasis>,
}

/// A linked organization.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NetworkLink {
    pub organization: OrganizationRef,
    /// 1: linked directly; 2: linked to an organization linked directly.
    pub hops: u8,
    /// For two hops: the organization in between.
    pub via: Option<Uuid>,
    pub licence_status: Option<LicenceStatus>,
    pub sanctions_in_force: Vec<SanctionKind>,
    /// Licence revoked or suspended, or a sanction (a blacklisting included) in force.
    pub flagged: bool,
    /// When the licence reached its status, if known.
    pub status_since: Option<NaiveDate>,
    /// What the two organizations share, the surest first.
    pub evidence: Vec<Evidence>,
}

/// Body of `GET /api/v1/organizations/{id}/network`.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"organization_id": "01a2262b-d1bb-767f-8eff-7a13b82437aa", "flagged": false,
    "items": [{"organization": {"id": "01a2262b-d1bb-767f-8eff-7a13b8243752", "name": "Himal Old Overseas", "kind": "agency", "country": "NP"},
        "hops": 1, "via": null, "licence_status": "revoked", "sanctions_in_force": ["blacklisting"], "flagged": true,
        "status_since": "2025-03-01",
        "evidence": [{"kind": "person", "confidence": "same", "value": "R. K. Demo", "roles": "director here, owner there"},
                     {"kind": "telephone", "confidence": "same", "value": "01-4000000"}]}]}))]
pub struct Network {
    pub organization_id: Uuid,
    /// Whether this organization itself is flagged.
    pub flagged: bool,
    /// Linked organizations: flagged ones first, then by hops and name.
    pub items: Vec<NetworkLink>,
}

/// Licence revoked or suspended, or a sanction in force, on `as_of`.
pub fn is_flagged(doc: &OrganizationDocument, as_of: NaiveDate) -> bool {
    !doc.sanctions_in_force(as_of).is_empty()
        || matches!(
            doc.licence_status(as_of),
            Some(LicenceStatus::Revoked | LicenceStatus::Suspended)
        )
}

/// A person linked to an organization, with the digests of their identifiers.
#[derive(Debug)]
struct PersonKey {
    id: String,
    name: String,
    role: String,
    birth_date_digest: Option<String>,
    id_number_digest: Option<String>,
}

impl PersonKey {
    fn digests(&self) -> (Option<&str>, Option<&str>) {
        (
            self.birth_date_digest.as_deref(),
            self.id_number_digest.as_deref(),
        )
    }
}

/// The people and contacts of one organization.
#[derive(Debug, Default)]
struct Keys {
    people: Vec<PersonKey>,
    /// key → (kind, value as recorded)
    contacts: HashMap<String, (ContactKind, String)>,
}

fn keys_of(conn: &mut AnyConnection, ids: &[String]) -> Result<HashMap<String, Keys>, Error> {
    let mut out: HashMap<String, Keys> = HashMap::new();
    for chunk in ids.chunks(500) {
        type Link = (
            String,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
        );
        let links: Vec<Link> = organization_people::table
            .inner_join(people::table)
            .filter(organization_people::organization_id.eq_any(chunk))
            .select((
                organization_people::organization_id,
                people::id,
                people::name,
                organization_people::role,
                people::birth_date_digest,
                people::id_number_digest,
            ))
            .load(conn)?;
        for (org, id, name, role, birth_date_digest, id_number_digest) in links {
            out.entry(org).or_default().people.push(PersonKey {
                id,
                name,
                role,
                birth_date_digest,
                id_number_digest,
            });
        }
        let addresses: Vec<(String, String)> = organizations::table
            .filter(organizations::id.eq_any(chunk))
            .select((organizations::id, organizations::addresses))
            .load(conn)?;
        for (org, list) in addresses {
            let list: Vec<String> = serde_json::from_str(&list)?;
            let keys = out.entry(org).or_default();
            for a in list {
                keys.contacts
                    .insert(address_key(&a), (ContactKind::Address, a));
            }
        }
        let listings: Vec<(String, String)> = register_listings::table
            .filter(register_listings::organization_id.eq_any(chunk))
            .select((
                register_listings::organization_id,
                register_listings::branches,
            ))
            .load(conn)?;
        for (org, branches) in listings {
            let branches: Vec<Branch> = serde_json::from_str(&branches)?;
            let keys = out.entry(org).or_default();
            for (key, kind, value) in contact_entries(&branches) {
                keys.contacts.entry(key).or_insert((kind, value));
            }
        }
    }
    Ok(out)
}

/// Organizations that may be linked to `id`: through one of its person records,
/// a person of the same name, or (from the search index) a shared contact.
fn candidates(
    conn: &mut AnyConnection,
    index: &SearchIndex,
    id: &str,
    keys: &Keys,
) -> Result<BTreeSet<String>, Error> {
    let mut out = BTreeSet::new();
    let person_ids: Vec<&String> = keys.people.iter().map(|p| &p.id).collect();
    if !person_ids.is_empty() {
        let same: Vec<String> = organization_people::table
            .filter(organization_people::person_id.eq_any(&person_ids))
            .filter(organization_people::organization_id.ne(id))
            .select(organization_people::organization_id)
            .load(conn)?;
        out.extend(same);
        let names: Vec<String> = keys.people.iter().map(|p| p.name.to_lowercase()).collect();
        let namesakes: Vec<String> = people::table
            .filter(lower(people::name).eq_any(&names))
            .filter(people::id.ne_all(&person_ids))
            .select(people::id)
            .limit(MAX_LINKS as i64)
            .load(conn)?;
        if !namesakes.is_empty() {
            let orgs: Vec<String> = organization_people::table
                .filter(organization_people::person_id.eq_any(&namesakes))
                .select(organization_people::organization_id)
                .load(conn)?;
            out.extend(orgs);
        }
    }
    let contacts: Vec<&str> = keys.contacts.keys().map(String::as_str).collect();
    out.extend(index.sharing_contacts(&contacts, MAX_LINKS)?);
    out.remove(id);
    Ok(out)
}

fn role_words(role: &str) -> &str {
    PersonRole::parse(role).map(|r| r.as_str()).unwrap_or(role)
}

/// What `here` and `there` share, the surest first.
fn evidence(here: &Keys, there: &Keys) -> Vec<Evidence> {
    let mut out = Vec::new();
    let mut contacts_shared = false;
    for (key, (kind, value)) in &here.contacts {
        if there.contacts.contains_key(key) {
            contacts_shared = true;
            out.push(Evidence {
                kind: match kind {
                    ContactKind::Address => EvidenceKind::Address,
                    ContactKind::Telephone => EvidenceKind::Telephone,
                    ContactKind::Email => EvidenceKind::Email,
                },
                confidence: Confidence::Same,
                value: value.clone(),
                roles: None,
                basis: None,
            });
        }
    }
    let mut seen = HashSet::new();
    for person in &here.people {
        for other in &there.people {
            let Some(basis) = person_basis(person, other, contacts_shared) else {
                continue;
            };
            if !seen.insert((&person.name, &person.role, &other.role)) {
                continue;
            }
            out.push(Evidence {
                kind: EvidenceKind::Person,
                confidence: match basis {
                    PersonBasis::NameOnly => Confidence::Possible,
                    _ => Confidence::Same,
                },
                value: person.name.clone(),
                roles: Some(format!(
                    "{} here, {} there",
                    role_words(&person.role),
                    role_words(&other.role)
                )),
                basis: Some(basis),
            });
        }
    }
    out.sort_by(|a, b| {
        b.confidence
            .cmp(&a.confidence)
            .then(kind_rank(a.kind).cmp(&kind_rank(b.kind)))
    });
    out
}

/// Whether two person records may be one person, and on what basis: `None` when
/// the names differ or an identifier both records have differs.
fn person_basis(a: &PersonKey, b: &PersonKey, contacts_shared: bool) -> Option<PersonBasis> {
    if a.id == b.id {
        return Some(PersonBasis::SameRecord);
    }
    if fold(&a.name) != fold(&b.name) {
        return None;
    }
    match identity::compare(a.digests(), b.digests()) {
        Comparison::SameIdNumber => Some(PersonBasis::IdNumber),
        Comparison::SameBirthDate => Some(PersonBasis::DateOfBirth),
        Comparison::Different => None,
        Comparison::Unknown if contacts_shared => Some(PersonBasis::SharedContact),
        Comparison::Unknown => Some(PersonBasis::NameOnly),
    }
}

fn kind_rank(kind: EvidenceKind) -> u8 {
    match kind {
        EvidenceKind::Person => 0,
        EvidenceKind::Address => 1,
        EvidenceKind::Telephone => 2,
        EvidenceKind::Email => 3,
    }
}

/// The organizations linked to `id`, one or two hops away, with the evidence.
pub fn organization_network(
    conn: &mut AnyConnection,
    index: &SearchIndex,
    id: Uuid,
    query: &NetworkQuery,
) -> Result<Network, Error> {
    let hops = query.hops.unwrap_or(2);
    if !(1..=2).contains(&hops) {
        return Err(Error::invalid("hops", "must be 1 or 2"));
    }
    let row = find_row(conn, id)?;
    let as_of = today();
    let root = row.id.clone();
    let mut keys = keys_of(conn, std::slice::from_ref(&root))?;
    let root_keys = keys.remove(&root).unwrap_or_default();

    // (organization, hops, via, evidence)
    let mut found: Vec<(String, u8, Option<String>, Vec<Evidence>)> = Vec::new();
    let mut known: HashSet<String> = HashSet::from([root.clone()]);
    let first: Vec<String> = candidates(conn, index, &root, &root_keys)?
        .into_iter()
        .collect();
    let first_keys = keys_of(conn, &first)?;
    for other in &first {
        let evidence = evidence(
            &root_keys,
            first_keys.get(other).unwrap_or(&Keys::default()),
        );
        if !evidence.is_empty() && known.insert(other.clone()) {
            found.push((other.clone(), 1, None, evidence));
        }
    }
    if hops == 2 {
        let hop_one: Vec<String> = found
            .iter()
            .map(|f| f.0.clone())
            .take(MAX_FIRST_HOP)
            .collect();
        for via in hop_one {
            if found.len() >= MAX_LINKS {
                break;
            }
            let empty = Keys::default();
            let via_keys = first_keys.get(&via).unwrap_or(&empty);
            let second: Vec<String> = candidates(conn, index, &via, via_keys)?
                .into_iter()
                .filter(|o| !known.contains(o))
                .collect();
            let second_keys = keys_of(conn, &second)?;
            for other in second {
                let evidence = evidence(via_keys, second_keys.get(&other).unwrap_or(&empty));
                if !evidence.is_empty() && known.insert(other.clone()) {
                    found.push((other, 2, Some(via.clone()), evidence));
                }
            }
        }
    }
    found.truncate(MAX_LINKS);

    let mut ids: Vec<String> = found.iter().map(|f| f.0.clone()).collect();
    ids.push(root.clone());
    let documents: HashMap<String, OrganizationDocument> =
        crate::search::documents::load(conn, &ids)?
            .into_iter()
            .map(|d| (d.id.clone(), d))
            .collect();
    let parse = |s: &str| Uuid::parse_str(s).map_err(|e| Error::Internal(e.to_string()));
    let mut items = Vec::with_capacity(found.len());
    for (other, hops, via, evidence) in found {
        let Some(doc) = documents.get(&other) else {
            continue;
        };
        items.push(NetworkLink {
            organization: OrganizationRef {
                id: parse(&doc.id)?,
                name: doc.name.clone(),
                kind: doc.kind,
                country: doc.country.clone(),
            },
            hops,
            via: via.as_deref().map(parse).transpose()?,
            licence_status: doc.licence_status(as_of),
            sanctions_in_force: doc.sanctions_in_force(as_of),
            flagged: is_flagged(doc, as_of),
            status_since: doc.deciding_licence(as_of).and_then(|l| l.status_since),
            evidence,
        });
    }
    items.sort_by(|a, b| {
        b.flagged
            .cmp(&a.flagged)
            .then(a.hops.cmp(&b.hops))
            .then(a.organization.name.cmp(&b.organization.name))
    });
    Ok(Network {
        organization_id: id,
        flagged: documents.get(&root).is_some_and(|d| is_flagged(d, as_of)),
        items,
    })
}
