//! `/organizations/{id}`: who they are, their licences and histories, what inspectors
//! found, fees and refunds, people linked to sanctioned organizations, and what to
//! do next, in plain words.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use uuid::Uuid;

use super::i18n::{message_id, Arg};
use super::pages::{self, Layout};
use super::search::kind_id;
use super::{render, Caching, Lang, Translator};
use crate::app::AppState;
use crate::domain::finding::{sanction_in_force, FindingStatus};
use crate::domain::licence::LicenceStatus;
use crate::error::Error;
use crate::registry::findings::{self, Finding};
use crate::registry::licences::Licence;
use crate::registry::listings::Listing;
use crate::registry::network::{
    self, Confidence, Evidence, EvidenceKind, NetworkLink, NetworkQuery,
};
use crate::registry::organizations::{self, today, Organization};

pub struct LicenceView {
    pub number: String,
    pub authority: String,
    pub valid_from: String,
    pub valid_until: String,
    pub status: String,
    pub tone: &'static str,
    /// (date, status, reason), newest first.
    pub history: Vec<(String, String, String)>,
}

/// An entry in an official register, as the page shows it.
pub struct ListingView {
    pub register: String,
    pub status: String,
    pub tone: &'static str,
    pub since: Option<String>,
    pub offices: String,
    /// Register, publication date and rows, e.g. "HK Labour Department register, 2021-12-28, row 1843".
    pub provenance: String,
}

fn listing_view(t: &Translator, listing: &Listing) -> ListingView {
    ListingView {
        register: listing.register_name.clone(),
        status: t.t(&format!("listing-status-{}", listing.status)),
        tone: if listing.status == "listed" {
            "ok"
        } else {
            "warn"
        },
        since: listing.since.clone(),
        offices: t.count(listing.branches.len() as u64),
        provenance: listing.provenance.clone(),
    }
}

/// The status line of an organization with no licence but a register listing: a
/// register without licence numbers (Hong Kong's) is the licence record there.
fn listing_line(t: &Translator, listings: &[Listing]) -> Option<(String, &'static str)> {
    let listed = listings.iter().find(|l| l.status == "listed");
    match (listed, listings.first()) {
        (Some(l), _) => Some((
            t.with_text("listing-line", "register", &l.register_name),
            "ok",
        )),
        (None, Some(l)) => Some((
            t.with_text("listing-line-closed", "register", &l.register_name),
            "warn",
        )),
        (None, None) => None,
    }
}

pub struct FindingView {
    pub title: String,
    pub published: String,
    pub appeal: String,
    /// (what, how serious, rule broken)
    pub violations: Vec<(String, String, String)>,
    pub sanctions: Vec<String>,
}

pub struct FeeRow {
    pub category: String,
    pub per_worker: String,
    pub workers: String,
    pub refund_ordered: String,
    pub refund_paid: String,
}

#[derive(Template)]
#[template(path = "organization.html")]
struct ProfilePage {
    layout: Layout,
    id: String,
    name: String,
    kind: String,
    country: String,
    registration_number: Option<String>,
    addresses: Vec<String>,
    /// (name, kind of alias)
    aliases: Vec<(String, String)>,
    /// (name, role)
    people: Vec<(String, String)>,
    licence_line: (String, &'static str),
    summary: Vec<String>,
    sanctions_now: Vec<String>,
    licences: Vec<LicenceView>,
    listings: Vec<ListingView>,
    findings: Vec<FindingView>,
    fees: Vec<FeeRow>,
    /// (person, organization id, organization name, why)
    linked: Vec<(String, String, String, String)>,
}

fn status_words(t: &Translator, status: LicenceStatus) -> String {
    t.t(&format!("licence-status-{}", status.as_str()))
}

fn tone(status: LicenceStatus) -> &'static str {
    match status {
        LicenceStatus::Active => "ok",
        LicenceStatus::Suspended | LicenceStatus::Revoked => "bad",
        _ => "warn",
    }
}

fn licence_view(t: &Translator, licence: &Licence) -> LicenceView {
    let date = |d: Option<NaiveDate>| d.map(|d| t.date(d)).unwrap_or_default();
    let mut history: Vec<(String, String, String)> = licence
        .history
        .iter()
        .map(|h| {
            (
                t.date(h.effective_date),
                status_words(t, h.status),
                h.reason.clone().unwrap_or_default(),
            )
        })
        .collect();
    history.reverse();
    LicenceView {
        number: licence.number.clone(),
        authority: licence.authority_name.clone(),
        valid_from: date(licence.valid_from),
        valid_until: date(licence.valid_until),
        status: status_words(t, licence.status),
        tone: tone(licence.status),
        history,
    }
}

/// The day a finding was published (its RFC 3339 time starts with the date).
fn published_on(finding: &Finding) -> Option<NaiveDate> {
    let at = finding.published_at.as_deref()?;
    NaiveDate::parse_from_str(at.get(..10)?, "%Y-%m-%d").ok()
}

fn finding_view(t: &Translator, finding: &Finding, as_of: NaiveDate) -> FindingView {
    let appeal = match finding.status {
        FindingStatus::Appealed => "appeal-appealed",
        FindingStatus::Upheld => "appeal-upheld",
        FindingStatus::Overturned => "appeal-overturned",
        _ => "appeal-none",
    };
    let published = published_on(finding)
        .map(|d| t.with_text("finding-published-on", "date", &t.date(d)))
        .unwrap_or_default();
    FindingView {
        title: t.with_text("finding-reference", "reference", &finding.reference),
        published,
        appeal: t.t(appeal),
        violations: finding
            .violations
            .iter()
            .map(|v| {
                (
                    t.t(&message_id("violation", v.category.as_str())),
                    t.t(&format!("severity-{}", v.severity.as_str())),
                    v.legal_basis.clone().unwrap_or_default(),
                )
            })
            .collect(),
        sanctions: finding
            .sanctions
            .iter()
            .map(|s| {
                let kind = t.t(&format!("sanction-{}", s.kind.as_str()));
                let when = if finding.status == FindingStatus::Overturned {
                    String::new()
                } else if sanction_in_force(s.starts_on, s.ends_on, as_of) {
                    match s.ends_on {
                        Some(end) => t.with_text("sanction-until", "date", &t.date(end)),
                        None => t.t("sanction-in-force"),
                    }
                } else {
                    t.t("sanction-ended")
                };
                if when.is_empty() {
                    kind
                } else {
                    format!("{kind} — {when}")
                }
            })
            .collect(),
    }
}

/// The sentences that open a profile, from the registry's figures.
fn summary(t: &Translator, profile: &Organization) -> Vec<String> {
    let mut out = Vec::new();
    let latest = profile
        .licences
        .iter()
        .flat_map(|l| l.history.iter())
        .filter(|h| matches!(h.status, LicenceStatus::Revoked | LicenceStatus::Suspended))
        .max_by_key(|h| (h.effective_date, h.recorded_at.clone()));
    if let Some(change) = latest {
        let id = format!("summary-licence-{}", change.status.as_str());
        out.push(t.with_text(&id, "date", &t.date(change.effective_date)));
        if let Some(finding) = &change.finding_id {
            out.push(t.with_text(
                "summary-licence-finding",
                "reference",
                &findings::reference(finding),
            ));
        }
    }
    let accountability = &profile.accountability;
    let standing = accountability
        .findings
        .iter()
        .filter(|f| f.status != FindingStatus::Overturned)
        .count() as i64;
    out.push(t.with_count("summary-findings", "count", standing));
    for totals in &accountability.fee_totals {
        let amount = |minor| t.money(minor, &totals.currency);
        out.push(t.with(
            "summary-fees-charged",
            &[
                ("workers", super::i18n::Arg::Number(totals.workers_affected)),
                (
                    "amount",
                    super::i18n::Arg::Text(&amount(totals.charged_minor)),
                ),
            ],
        ));
        if totals.refund_ordered_minor == 0 {
            out.push(t.t("summary-refund-none-ordered"));
            continue;
        }
        out.push(t.with_text(
            "summary-refund-ordered",
            "amount",
            &amount(totals.refund_ordered_minor),
        ));
        out.push(if totals.refunded_minor == 0 {
            t.with_text(
                "summary-refund-paid-none",
                "amount",
                &amount(totals.outstanding_minor),
            )
        } else if totals.outstanding_minor == 0 {
            t.with_text(
                "summary-refund-paid-all",
                "amount",
                &amount(totals.refunded_minor),
            )
        } else {
            t.with(
                "summary-refund-paid-part",
                &[
                    (
                        "refunded",
                        super::i18n::Arg::Text(&amount(totals.refunded_minor)),
                    ),
                    (
                        "outstanding",
                        super::i18n::Arg::Text(&amount(totals.outstanding_minor)),
                    ),
                ],
            )
        });
    }
    let complaints = &accountability.complaints;
    out.push(t.with_count("summary-complaints", "count", complaints.total));
    if complaints.total > 0 {
        out.push(t.with_count("summary-complaints-open", "count", complaints.open));
        out.push(t.t("summary-complaints-note"));
    }
    out
}

/// What a network link shares, in words: "director R. K. Demo", "telephone 2813 8080".
fn evidence_words(t: &Translator, e: &Evidence) -> String {
    let words = match e.kind {
        EvidenceKind::Person => {
            // "director here, owner there": the role here names the person.
            let role = e
                .roles
                .as_deref()
                .and_then(|r| r.split(' ').next())
                .map(|r| t.t(&format!("role-{r}")))
                .unwrap_or_default();
            t.with(
                "network-person",
                &[("role", Arg::Text(&role)), ("name", Arg::Text(&e.value))],
            )
        }
        EvidenceKind::Address => t.with_text("network-address", "value", &e.value),
        EvidenceKind::Telephone => t.with_text("network-telephone", "value", &e.value),
        EvidenceKind::Email => t.with_text("network-email", "value", &e.value),
    };
    if e.confidence == Confidence::Possible {
        format!("{words} ({})", t.t("network-possible"))
    } else {
        words
    }
}

/// A direct link where one side is flagged: (what is shared, the other's id, its
/// name, why it is flagged).
fn linked_view(t: &Translator, link: &NetworkLink) -> (String, String, String, String) {
    let mut why: Vec<String> = link
        .sanctions_in_force
        .iter()
        .map(|k| t.t(&format!("sanction-{}", k.as_str())))
        .collect();
    if let Some(status @ (LicenceStatus::Revoked | LicenceStatus::Suspended)) = link.licence_status
    {
        let words = match link.status_since {
            Some(since) => format!("{} ({})", status_words(t, status), t.date(since)),
            None => status_words(t, status),
        };
        why.insert(0, words);
    }
    let shared: Vec<String> = link.evidence.iter().map(|e| evidence_words(t, e)).collect();
    (
        shared.join("; "),
        link.organization.id.to_string(),
        link.organization.name.clone(),
        why.join(", "),
    )
}

pub async fn page(State(state): State<AppState>, lang: Lang, Path(id): Path<String>) -> Response {
    let t = lang.t;
    let Ok(id) = Uuid::parse_str(&id) else {
        return pages::error(&lang, StatusCode::NOT_FOUND);
    };
    let search = state.search.clone();
    let loaded = state
        .db
        .run(move |conn| {
            let profile = organizations::get_organization(conn, id)?;
            // Both sides of a link show it: links to flagged organizations, and all
            // direct links of a flagged one.
            let links = match &search {
                Some(index) => {
                    let network = network::organization_network(
                        conn,
                        index,
                        id,
                        &NetworkQuery { hops: Some(1) },
                    )?;
                    let flagged = network.flagged;
                    network
                        .items
                        .into_iter()
                        .filter(|l| flagged || l.flagged)
                        .collect()
                }
                None => Vec::new(),
            };
            let document = crate::search::documents::load(conn, &[id.to_string()])?;
            Ok((profile, links, document))
        })
        .await;
    let (profile, links, document) = match loaded {
        Ok(found) => found,
        Err(Error::NotFound(_)) => return pages::error(&lang, StatusCode::NOT_FOUND),
        Err(e) => {
            tracing::error!(error = %e, "profile page failed");
            return pages::error(&lang, StatusCode::INTERNAL_SERVER_ERROR);
        }
    };
    let as_of = today();
    let licence_line = match listing_line(&t, &profile.listings) {
        Some(line) if profile.licences.is_empty() => line,
        _ => document
            .first()
            .map(|doc| super::search::licence_words(&t, doc))
            .unwrap_or_else(|| (t.t("licence-none"), "warn")),
    };
    let standing: Vec<&Finding> = profile
        .accountability
        .findings
        .iter()
        .filter(|f| f.status != FindingStatus::Overturned)
        .collect();
    let fees = standing
        .iter()
        .flat_map(|f| &f.fee_violations)
        .map(|v| FeeRow {
            category: t.t(&message_id("fee", v.category.as_str())),
            per_worker: t.money(v.amount_per_worker_minor, &v.currency),
            workers: t.count(u64::try_from(v.workers_affected).unwrap_or(0)),
            refund_ordered: t.money(v.refund_ordered_minor, &v.currency),
            refund_paid: t.money(v.refunded_minor, &v.currency),
        })
        .collect();
    let page = ProfilePage {
        layout: Layout::new(t, profile.name.clone(), format!("/organizations/{id}")),
        id: id.to_string(),
        kind: t.t(&kind_id(profile.kind)),
        country: t.country(&profile.country),
        registration_number: profile.registration_number.clone(),
        addresses: profile.addresses.clone(),
        aliases: profile
            .aliases
            .iter()
            .map(|a| (a.name.clone(), t.t(&format!("alias-{}", a.kind.as_str()))))
            .collect(),
        people: profile
            .people
            .iter()
            .map(|p| (p.name.clone(), t.t(&format!("role-{}", p.role.as_str()))))
            .collect(),
        licence_line,
        summary: summary(&t, &profile),
        sanctions_now: profile
            .accountability
            .sanctions_in_force
            .iter()
            .map(|s| t.t(&format!("sanction-{}", s.kind.as_str())))
            .collect(),
        licences: profile
            .licences
            .iter()
            .map(|l| licence_view(&t, l))
            .collect(),
        listings: profile
            .listings
            .iter()
            .map(|l| listing_view(&t, l))
            .collect(),
        findings: profile
            .accountability
            .findings
            .iter()
            .map(|f| finding_view(&t, f, as_of))
            .collect(),
        fees,
        linked: links.iter().map(|l| linked_view(&t, l)).collect(),
        name: profile.name,
    };
    render(&lang, StatusCode::OK, Caching::Brief, &page)
}
