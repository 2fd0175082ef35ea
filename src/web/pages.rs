//! What every page shares: the layout's data, and the error page.

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;

use super::i18n::LANGUAGES;
use super::{render, Caching, Lang, Translator};
use crate::error::Error;

/// The data of `templates/base.html`: language, title, where the language menu
/// sends back to.
pub struct Layout {
    pub t: Translator,
    pub title: String,
    /// The page's path, for the language menu (a GET form back to the same page).
    pub path: String,
    /// Each language's code and name in itself.
    pub languages: Vec<(&'static str, String)>,
}

impl Layout {
    pub fn new(t: Translator, title: String, path: impl Into<String>) -> Layout {
        let languages = LANGUAGES
            .iter()
            .map(|l| (l.code, t.t(&format!("language-name-{}", l.code))))
            .collect();
        Layout {
            t,
            title,
            path: path.into(),
            languages,
        }
    }

    /// True for the language the page is in (for the menu's `selected`).
    pub fn is_current(&self, code: &str) -> bool {
        self.t.code() == code
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    heading: String,
    message: String,
}

/// An error as a page in the worker's language: what happened and a way back.
pub fn error(lang: &Lang, status: StatusCode) -> Response {
    let t = lang.t;
    let (heading, message) = match status {
        StatusCode::NOT_FOUND => (t.t("error-not-found-title"), t.t("error-not-found")),
        StatusCode::TOO_MANY_REQUESTS => (
            t.t("error-rate-limit-title"),
            format!(
                "{} {}",
                t.t("error-rate-limit-why"),
                t.with_count("error-rate-limit", "minutes", 1)
            ),
        ),
        _ => (t.t("error-server-title"), t.t("error-server")),
    };
    let page = ErrorPage {
        layout: Layout::new(t, heading.clone(), "/"),
        heading,
        message,
    };
    render(lang, status, Caching::Never, &page)
}

/// The page for a request over its rate limit, with Retry-After.
pub fn rate_limited(lang: &Lang, limited: Error) -> Response {
    let mut response = error(lang, StatusCode::TOO_MANY_REQUESTS);
    if let Error::RateLimited { retry_after } = limited {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    }
    response
}
