//! `/`: one search box, results with the licence status in words and colour.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::i18n::message_id;
use super::pages::{self, Layout};
use super::{render, Caching, Lang, Translator};
use crate::api::ratelimit::{Group, PeerAddress};
use crate::app::AppState;
use crate::domain::licence::LicenceStatus;
use crate::domain::organization::OrganizationKind;
use crate::domain::role::Actor;
use crate::registry::organizations::{today, OrganizationFilter};
use crate::registry::search::find_organizations;
use crate::search::OrganizationDocument;

/// What the search form and the filter links send. Anything unreadable is ignored:
/// the page still answers with what it can.
#[derive(Debug, Default, Deserialize)]
pub struct SearchForm {
    q: Option<String>,
    kind: Option<String>,
    licence_status: Option<String>,
    sanctioned: Option<String>,
    cursor: Option<String>,
}

/// One result as the page shows it.
pub struct Row {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub licence: String,
    /// `ok`, `bad` or `warn`: the colour of the licence line.
    pub tone: &'static str,
    pub facts: Vec<String>,
}

/// A filter link: its label and where it goes.
pub struct FilterLink {
    pub label: String,
    pub href: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    layout: Layout,
    q: String,
    searched: bool,
    count_text: String,
    rows: Vec<Row>,
    filters: Vec<FilterLink>,
    more: Option<String>,
}

/// The licence line of a result or profile: words and tone.
pub fn licence_words(t: &Translator, doc: &OrganizationDocument) -> (String, &'static str) {
    let as_of = today();
    let licence = doc.deciding_licence(as_of);
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| t.date(d)).unwrap_or_default();
    match doc.licence_status(as_of) {
        Some(LicenceStatus::Active) => match licence.and_then(|l| l.valid_until) {
            Some(until) => (t.with_text("licence-active", "date", &t.date(until)), "ok"),
            None => (t.t("licence-active-no-end"), "ok"),
        },
        Some(LicenceStatus::Revoked) => (t.t("licence-revoked"), "bad"),
        Some(LicenceStatus::Suspended) => (
            t.with_text(
                "licence-suspended",
                "date",
                &date(licence.and_then(|l| l.status_since)),
            ),
            "bad",
        ),
        Some(LicenceStatus::Expired) => (
            t.with_text(
                "licence-expired",
                "date",
                &date(licence.and_then(|l| l.valid_until)),
            ),
            "warn",
        ),
        Some(LicenceStatus::Cancelled) => (t.t("licence-cancelled"), "warn"),
        Some(LicenceStatus::Pending) => (t.t("licence-pending"), "warn"),
        None => (t.t("licence-none"), "warn"),
    }
}

/// The message id of a kind, e.g. `kind-sub-agent`.
pub fn kind_id(kind: OrganizationKind) -> String {
    message_id("kind", kind.as_str())
}

fn row(t: &Translator, doc: &OrganizationDocument) -> Row {
    let (licence, tone) = licence_words(t, doc);
    let as_of = today();
    let mut facts = Vec::new();
    let sanctions = doc.sanctions_in_force(as_of).len() as i64;
    if sanctions > 0 {
        facts.push(t.with_count("result-sanctions-in-force", "count", sanctions));
    }
    if doc.illegal_fees {
        facts.push(t.with_count("result-illegal-fees", "workers", doc.illegal_fee_workers));
    }
    if doc.published_findings > 0 {
        facts.push(t.with_count("result-findings", "count", doc.published_findings));
    }
    Row {
        id: doc.id.clone(),
        name: doc.name.clone(),
        kind: t.t(&kind_id(doc.kind)),
        country: t.country(&doc.country),
        licence,
        tone,
        facts,
    }
}

/// A link to the search with `q` and one filter.
fn link(q: &str, filter: &str) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("q", q);
    if let Some((key, value)) = filter.split_once('=') {
        query.append_pair(key, value);
    }
    format!("/?{}", query.finish())
}

pub async fn page(
    State(state): State<AppState>,
    PeerAddress(peer): PeerAddress,
    lang: Lang,
    Query(form): Query<SearchForm>,
) -> Response {
    let t = lang.t;
    let q = form.q.clone().unwrap_or_default();
    let title = t.t("search-title");
    let mut page = SearchPage {
        layout: Layout::new(t, title, "/"),
        q: q.clone(),
        searched: !q.trim().is_empty(),
        count_text: String::new(),
        rows: Vec::new(),
        filters: Vec::new(),
        more: None,
    };
    if page.searched {
        if let Err(limited) = state.limits.admit(Group::Search, &Actor::public(), peer) {
            return pages::rate_limited(&lang, limited);
        }
        let Some(index) = state.search.clone() else {
            return pages::error(&lang, StatusCode::SERVICE_UNAVAILABLE);
        };
        let filter = OrganizationFilter {
            q: Some(q.clone()),
            kind: form.kind.as_deref().and_then(OrganizationKind::parse),
            licence_status: form
                .licence_status
                .as_deref()
                .and_then(LicenceStatus::parse),
            sanctioned: (form.sanctioned.as_deref() == Some("true")).then_some(true),
            cursor: form.cursor.clone(),
            ..OrganizationFilter::default()
        };
        let found =
            match tokio::task::spawn_blocking(move || find_organizations(&index, &filter)).await {
                Ok(Ok(found)) => found,
                // A cursor this page did not make: start again from the first page.
                Ok(Err(crate::error::Error::Validation(_))) if form.cursor.is_some() => {
                    return Redirect::to(&link(&q, "")).into_response();
                }
                _ => return pages::error(&lang, StatusCode::INTERNAL_SERVER_ERROR),
            };
        page.count_text = t.with_count("search-results-count", "count", found.total as i64);
        page.rows = found.hits.iter().map(|(_, doc)| row(&t, doc)).collect();
        page.more = found.next_cursor.map(|cursor| {
            let mut query = form_urlencoded::Serializer::new(String::new());
            query.append_pair("q", &q).append_pair("cursor", &cursor);
            for (key, value) in [
                ("kind", &form.kind),
                ("licence_status", &form.licence_status),
                ("sanctioned", &form.sanctioned),
            ] {
                if let Some(value) = value {
                    query.append_pair(key, value);
                }
            }
            format!("/?{}", query.finish())
        });
        let mut filters = vec![FilterLink {
            label: t.t("filter-kind-any"),
            href: link(&q, ""),
        }];
        for kind in [
            OrganizationKind::Agency,
            OrganizationKind::SubAgent,
            OrganizationKind::Employer,
        ] {
            if found.facets.kind.contains_key(kind.as_str()) {
                filters.push(FilterLink {
                    label: t.t(&kind_id(kind)),
                    href: link(&q, &format!("kind={}", kind.as_str())),
                });
            }
        }
        for status in [
            LicenceStatus::Active,
            LicenceStatus::Suspended,
            LicenceStatus::Revoked,
        ] {
            if found.facets.licence_status.contains_key(status.as_str()) {
                filters.push(FilterLink {
                    label: t.t(&format!("licence-status-{}", status.as_str())),
                    href: link(&q, &format!("licence_status={}", status.as_str())),
                });
            }
        }
        if found.facets.sanctioned.contains_key("yes") {
            filters.push(FilterLink {
                label: t.t("filter-sanctioned"),
                href: link(&q, "sanctioned=true"),
            });
        }
        page.filters = filters;
    }
    render(&lang, StatusCode::OK, Caching::Brief, &page)
}
