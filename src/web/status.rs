//! `/complaints/status`: a receipt typed in, the complaint's status and what happens
//! next. The receipt is posted, never put in a URL, so it stays out of browser
//! history and server logs.

use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::i18n::message_id;
use super::pages::{self, Layout};
use super::{csrf, render, Caching, Lang, Translator};
use crate::api::ratelimit::{Group, PeerAddress};
use crate::app::AppState;
use crate::domain::receipt::{Receipt, ReceiptError};
use crate::domain::role::Actor;
use crate::error::Error;
use crate::registry::complaints;

/// A complaint's status in words.
pub struct Found {
    pub status: String,
    pub next: String,
    pub last_change: String,
}

#[derive(Template)]
#[template(path = "status.html")]
struct StatusPage {
    layout: Layout,
    csrf: String,
    typed: String,
    problem: Option<String>,
    found: Option<Found>,
}

fn page(
    t: Translator,
    csrf: String,
    typed: String,
    problem: Option<String>,
    found: Option<Found>,
) -> StatusPage {
    StatusPage {
        layout: Layout::new(t, t.t("status-title"), "/complaints/status"),
        csrf,
        typed,
        problem,
        found,
    }
}

fn respond(
    lang: &Lang,
    headers: &HeaderMap,
    status: StatusCode,
    typed: String,
    problem: Option<String>,
    found: Option<Found>,
) -> Response {
    let (token, cookie) = csrf::token(headers);
    let mut response = render(
        lang,
        status,
        Caching::Never,
        &page(lang.t, token, typed, problem, found),
    );
    csrf::set_cookie(response.headers_mut(), cookie);
    response
}

pub async fn form(lang: Lang, headers: HeaderMap) -> Response {
    respond(&lang, &headers, StatusCode::OK, String::new(), None, None)
}

pub async fn check(
    State(state): State<AppState>,
    PeerAddress(peer): PeerAddress,
    lang: Lang,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let t = lang.t;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    if !csrf::check(&headers, value("csrf").as_deref()) {
        return pages::error(&lang, StatusCode::FORBIDDEN);
    }
    if let Err(limited) = state.limits.admit(Group::Receipts, &Actor::public(), peer) {
        return pages::rate_limited(&lang, limited);
    }
    let typed = value("receipt").unwrap_or_default();
    let problem = match Receipt::parse(&typed) {
        Err(ReceiptError::WrongLength) => Some(t.t("status-code-wrong-length")),
        Err(ReceiptError::BadSymbol) => Some(t.t("status-code-bad-symbol")),
        Err(ReceiptError::CheckFailed) => Some(t.t("status-code-typo")),
        Ok(_) => None,
    };
    if problem.is_some() {
        return respond(
            &lang,
            &headers,
            StatusCode::UNPROCESSABLE_ENTITY,
            typed,
            problem,
            None,
        );
    }
    let sealer = state.sealer.clone();
    let receipt = typed.clone();
    let answer = state
        .db
        .run(move |conn| complaints::status_by_receipt(conn, &sealer, &receipt))
        .await;
    match answer {
        Ok(status) => {
            let id = message_id("complaint-status", status.status.as_str());
            let found = Found {
                status: t.t(&id),
                next: t.attr(&id, "next"),
                last_change: t.with_text("status-last-change", "date", &t.date(status.updated_on)),
            };
            respond(&lang, &headers, StatusCode::OK, typed, None, Some(found))
        }
        Err(Error::NotFound(_)) => respond(
            &lang,
            &headers,
            StatusCode::NOT_FOUND,
            typed,
            Some(t.t("status-code-unknown")),
            None,
        ),
        Err(e) => {
            tracing::error!(error = %e, "complaint status page failed");
            pages::error(&lang, StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}
