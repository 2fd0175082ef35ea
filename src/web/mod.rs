//! The pages for workers: server-rendered HTML (askama), no JavaScript, in the
//! worker's language (Fluent). They call the same use cases as the JSON API.

pub mod complain;
pub mod csrf;
pub mod i18n;
pub mod numbers;
pub mod organization;
pub mod pages;
pub mod rights;
pub mod search;
pub mod stats;
pub mod status;

use askama::Template;
use axum::extract::{FromRequestParts, Request};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::app::AppState;
pub use i18n::Translator;

/// The stylesheet: one small file, cached for a day, shared by every page.
const STYLESHEET: &str = include_str!("../../assets/site.css");

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(search::page))
        .route("/organizations/{id}", get(organization::page))
        .route("/rights", get(rights::page))
        .route("/stats", get(stats::page))
        .route("/complain", get(complain::form).post(complain::submit))
        .route("/complaints/status", get(status::form).post(status::check))
        .route("/assets/site.css", get(stylesheet))
        .layer(middleware::from_fn(security_headers))
        // Pages and the stylesheet go out gzipped: a worker pays for every byte.
        .layer(tower_http::compression::CompressionLayer::new())
}

async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        STYLESHEET,
    )
        .into_response()
}

/// Headers on every page: no script may run, nothing may frame the page, and a
/// worker's searches never leak to another site through the Referer header.
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    secure(&mut response);
    response
}

/// Puts the pages' security headers on a response (also used for the HTML 404 of
/// unknown paths, which is outside these routes).
pub fn secure(response: &mut Response) {
    let headers = response.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
}

/// The language of a request and where it came from (see `i18n::choose`).
pub struct Lang {
    pub t: Translator,
    /// Set when `?lang=` chose it: the answer stores the choice in a cookie.
    remember: bool,
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

fn query_value(parts: &Parts, name: &str) -> Option<String> {
    let query = parts.uri.query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Lang, Self::Rejection> {
        let asked = query_value(parts, "lang");
        let language = i18n::choose(
            asked.as_deref(),
            cookie(&parts.headers, "lang"),
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        );
        let remember = asked.as_deref().and_then(i18n::find) == Some(language);
        Ok(Lang {
            t: Translator::new(language),
            remember,
        })
    }
}

/// How a page may be cached.
#[derive(Debug, Clone, Copy)]
pub enum Caching {
    /// Public facts: the browser may keep it a few minutes.
    Brief,
    /// Forms and anything about a complaint: never stored.
    Never,
}

/// Renders a page with its status, language headers and caching.
pub fn render(lang: &Lang, status: StatusCode, caching: Caching, page: &impl Template) -> Response {
    let html = match page.render() {
        Ok(html) => html,
        Err(e) => {
            tracing::error!(error = %e, "a page failed to render");
            return (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response();
        }
    };
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response();
    let headers = response.headers_mut();
    let cache = match caching {
        Caching::Brief => "private, max-age=300",
        Caching::Never => "no-store",
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.t.code()),
    );
    if lang.remember {
        let value = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            lang.t.code()
        );
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    response
}
